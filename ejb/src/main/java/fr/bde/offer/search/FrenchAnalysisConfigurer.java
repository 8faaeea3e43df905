package fr.bde.offer.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * French full-text analysis: elisions (l', d') removed, case and accents folded, light stemming
 * so that "hôpital" matches "Hopitaux" and "comptable" matches "comptables".
 */
public class FrenchAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("french").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("elision")
                .tokenFilter("asciiFolding")
                .tokenFilter("frenchLightStem");
        context.normalizer("sort").custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
