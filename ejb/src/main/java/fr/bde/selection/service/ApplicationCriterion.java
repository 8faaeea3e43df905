package fr.bde.selection.service;

import jakarta.persistence.Query;
import java.io.Serializable;

/**
 * A further condition on an offer's applications (for instance on the answers to the offer's screening
 * questions): a JPQL condition on the application alias {@code a}, with its own named parameters
 * (prefixed to stay unique), never user text in the query itself.
 */
public interface ApplicationCriterion extends Serializable {

    /** A JPQL boolean expression, e.g. {@code exists (select 1 from Answer x where x.application = a and …)}. */
    String condition();

    void bind(Query query);
}
