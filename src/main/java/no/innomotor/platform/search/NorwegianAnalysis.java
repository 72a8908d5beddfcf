package no.innomotor.platform.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Norwegian full-text analysis for every indexed module: "anskaffelse" finds "anskaffelser" and "anskaffelsene".
 * Snowball's Norwegian stemmer, as Lucene's NorwegianAnalyzer uses; the light stemmer misses definite plurals.
 *
 * <p>Norwegian builds words by compounding ("vintervedlikehold", "sykkelveier"), so a text field also gets a parts
 * field analysed with {@link #PARTS}: every run of {@value #MIN_PART} to {@value #MAX_PART} letters of each word is
 * indexed, and a query word is looked up whole in it ({@link #PARTS_QUERY}), so "sykkel" finds "sykkelveier". A query
 * word shorter than {@value #MIN_PART} letters finds no parts, so short words make no nonsense hits. Searches boost
 * the main field above the parts field, so a whole word ranks above a part of a word.
 */
public class NorwegianAnalysis implements LuceneAnalysisConfigurer {

    public static final String NORWEGIAN = "norwegian";

    /** Index analyzer of a parts field: the word's letter runs. */
    public static final String PARTS = "norwegian_parts";

    /** Search analyzer of a parts field: each query word whole, lower case, accents folded as in the index. */
    public static final String PARTS_QUERY = "norwegian_parts_query";

    /** Index fields hold their parts in a field of this suffix ("title" → "title_parts"). */
    public static final String PARTS_SUFFIX = "_parts";

    public static final int MIN_PART = 4;
    public static final int MAX_PART = 16;

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
        context.analyzer(PARTS)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("nGram")
                .param("minGramSize", String.valueOf(MIN_PART))
                .param("maxGramSize", String.valueOf(MAX_PART))
                .param("preserveOriginal", "false");
        context.analyzer(PARTS_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer("sort").custom().tokenFilter("lowercase");
    }
}
