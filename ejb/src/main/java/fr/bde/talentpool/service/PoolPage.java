package fr.bde.talentpool.service;

import java.io.Serializable;
import java.util.List;

/** A page of the pool: the seed only offers next / previous, so no total is counted. */
public record PoolPage(List<PoolRow> rows, int first, boolean hasNext) implements Serializable {

    public boolean hasPrevious() {
        return first > 0;
    }
}
