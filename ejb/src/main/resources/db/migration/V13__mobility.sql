-- Issue 5: mobility wishes (souhaits de mobilité ADD / hors ADD), regional mobility pools filled by
-- the mobility-duplication batch job, and the log of who opened a wish.

-- public-service administrations see the wishes whose owner opted in (seed 000 §1.10)
INSERT INTO organisation_type (code, name, branch_code, scheme_code, territorial_level) VALUES
    ('FP', 'Administration ou établissement de la fonction publique', 'MULTIBRANCHE', 'SPECIAL', 'REGIONAL');

-- a wish: the questionnaire, plus what the duplication job and the pool search read (pool_regions:
-- the wanted regions and the regions of the wanted départements; *_text: lower-case, accent-free
-- text searched by keyword). Multi-valued answers are stored as ",A,B," so a criterion is one LIKE.
-- pending: changed (or deleted: deleted_at set) since its last duplication into the pools.
CREATE SEQUENCE mobility_wish_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE mobility_wish (
    id                       BIGINT        PRIMARY KEY,
    candidate_id             BIGINT        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind                     VARCHAR(20)   NOT NULL,
    last_name                VARCHAR(100)  NOT NULL,
    first_name               VARCHAR(100)  NOT NULL,
    email                    VARCHAR(254)  NOT NULL,
    phone                    VARCHAR(30),
    organisation_id          BIGINT        NOT NULL REFERENCES organisation (id),
    branch_code              VARCHAR(20)   NOT NULL REFERENCES branch (code),
    scheme_code              VARCHAR(20)   NOT NULL REFERENCES scheme (code),
    current_job              VARCHAR(200)  NOT NULL,
    current_level            VARCHAR(100)  NOT NULL,
    staff_category           VARCHAR(30),
    trainings                VARCHAR(2000),
    jobs_held                VARCHAR(2000),
    target_jobs              VARCHAR(1000) NOT NULL,
    target_functions         VARCHAR(200),
    wanted_branches          VARCHAR(200),
    wanted_schemes           VARCHAR(200),
    wanted_regions           VARCHAR(200),
    wanted_departements      VARCHAR(800),
    pool_regions             VARCHAR(200)  NOT NULL,
    available_from           DATE          NOT NULL,
    visible_outside_general  BOOLEAN       NOT NULL,
    diploma_rank             INTEGER       NOT NULL,
    diploma_text             VARCHAR(3000) NOT NULL,
    job_text                 VARCHAR(3500) NOT NULL,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    deleted_at               TIMESTAMP WITH TIME ZONE,
    pending                  BOOLEAN       NOT NULL,
    version                  INTEGER       NOT NULL
);
CREATE INDEX ix_mobility_wish_candidate ON mobility_wish (candidate_id, kind);
-- the job reads the pending wishes in id order (keyset on the primary key): no index on "pending",
-- whose entries move at every duplication (on H2 a scan of such an index walks the moved entries)

-- diplomas of a wish (level, title, year), in the order given
CREATE TABLE mobility_wish_diploma (
    wish_id              BIGINT       NOT NULL REFERENCES mobility_wish (id) ON DELETE CASCADE,
    position             INTEGER      NOT NULL,
    education_level_code VARCHAR(20)  NOT NULL REFERENCES education_level (code),
    title                VARCHAR(200) NOT NULL,
    year_obtained        INTEGER      NOT NULL,
    PRIMARY KEY (wish_id, position)
);

-- one row per wish and pool it is duplicated into, with copies of what the pool search filters and
-- sorts on: a search reads this table only (the pool's index range), then the page's wishes by id.
-- audience CAREER_MANAGERS, region FR: every executive wish, nationwide (national funds).
CREATE TABLE mobility_pool_entry (
    wish_id              BIGINT        NOT NULL REFERENCES mobility_wish (id) ON DELETE CASCADE,
    audience             VARCHAR(20)   NOT NULL,
    region_code          VARCHAR(3)    NOT NULL,
    kind                 VARCHAR(20)   NOT NULL,
    diploma_rank         INTEGER       NOT NULL,
    available_from       DATE          NOT NULL,
    wanted_branches      VARCHAR(200),
    wanted_schemes       VARCHAR(200),
    wanted_places        VARCHAR(1000),
    diploma_text         VARCHAR(3000) NOT NULL,
    job_text             VARCHAR(3500) NOT NULL,
    last_name            VARCHAR(100)  NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    duplicated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (wish_id, audience, region_code)
);
CREATE INDEX ix_mobility_pool_entry_pool ON mobility_pool_entry (audience, region_code, updated_at, wish_id);

-- who opened (or exported) a wish, and when: shown to the wish's owner
CREATE SEQUENCE mobility_wish_access_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE mobility_wish_access (
    id                BIGINT       PRIMARY KEY,
    wish_id           BIGINT       NOT NULL REFERENCES mobility_wish (id) ON DELETE CASCADE,
    viewer_login      VARCHAR(100) NOT NULL,
    viewer_name       VARCHAR(200) NOT NULL,
    organisation_name VARCHAR(200),
    channel           VARCHAR(10)  NOT NULL,
    accessed_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_mobility_wish_access_wish ON mobility_wish_access (wish_id, accessed_at);
