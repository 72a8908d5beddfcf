package no.innomotor.platform.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Norwegian full-text analysis for every indexed module: "anskaffelse" finds "anskaffelser" and "anskaffelsene".
 * Snowball's Norwegian stemmer, as Lucene's NorwegianAnalyzer uses; the light stemmer misses definite plurals.
 */
public class NorwegianAnalysis implements LuceneAnalysisConfigurer {

    public static final String NORWEGIAN = "norwegian";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(NORWEGIAN)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .param("preserveOriginal", "true")
                .tokenFilter("snowballPorter")
                .param("language", "Norwegian");
        context.normalizer("sort").custom().tokenFilter("lowercase");
    }
}
