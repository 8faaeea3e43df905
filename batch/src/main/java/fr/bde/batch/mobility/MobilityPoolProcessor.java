package fr.bde.batch.mobility;

import fr.bde.mobility.domain.PoolAssignment;
import fr.bde.mobility.persistence.PoolEntryStore.Duplication;
import fr.bde.mobility.persistence.PoolEntryStore.WishFacts;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.Set;

/** The pools of a wish by the pool-assignment rule, in memory; a deleted wish belongs in none. */
@Named
@Dependent
public class MobilityPoolProcessor implements ItemProcessor {

    @Override
    public Object processItem(Object item) {
        WishFacts wish = (WishFacts) item;
        return new Duplication(wish, wish.deleted() ? Set.of() : PoolAssignment.pools(wish.rule()));
    }
}
