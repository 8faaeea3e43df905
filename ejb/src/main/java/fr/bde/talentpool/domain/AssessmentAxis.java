package fr.bde.talentpool.domain;

/**
 * The 5 axes of the commission's employability grid (seed 002), each rated on 6 levels from 1
 * (none) to 6 (overall mastery, expert in a field); the level labels
 * are bundle keys {@code AssessmentAxis.<AXIS>.<level>}.
 */
public enum AssessmentAxis {
    SKILLS, BEHAVIOUR, SECTOR_EXPERIENCE, QUALIFICATION, PROFESSIONAL_PROJECT;

    public static final int MIN_LEVEL = 1;
    public static final int MAX_LEVEL = 6;

    public static boolean isLevel(Integer level) {
        return level != null && level >= MIN_LEVEL && level <= MAX_LEVEL;
    }
}
