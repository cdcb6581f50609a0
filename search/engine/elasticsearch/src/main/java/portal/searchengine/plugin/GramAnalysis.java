package portal.searchengine.plugin;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;

/**
 * The token filters {@code asciifolding}, {@code ngram} and {@code edge_ngram} and the tokenizers
 * {@code ngram} and {@code edge_ngram}, with the settings and defaults a distribution's
 * analysis-common module gives them, built on the Lucene classes in the server's lib/.
 *
 * <p>Wagtail's index settings name all five. What this does not implement ({@code token_chars},
 * a {@code side} other than {@code front}) is refused with an error rather than ignored, so an
 * index that works here works the same on a full distribution.
 */
final class GramAnalysis {

    private static final Set<String> UNSUPPORTED = Set.of("token_chars", "custom_token_chars");

    private GramAnalysis() {}

    static Map<String, AnalysisProvider<TokenFilterFactory>> tokenFilters() {
        return Map.of(
            "asciifolding",
            (index, environment, name, settings) -> asciiFolding(name, settings.getAsBoolean("preserve_original", false)),
            "ngram",
            (index, environment, name, settings) -> {
                Grams grams = Grams.read(name, settings, index, true);
                return filter(name, in -> new NGramTokenFilter(in, grams.min(), grams.max(), grams.preserveOriginal()));
            },
            "edge_ngram",
            (index, environment, name, settings) -> {
                Grams grams = Grams.read(name, settings, index, false);
                return filter(name, in -> new EdgeNGramTokenFilter(in, grams.min(), grams.max(), grams.preserveOriginal()));
            }
        );
    }

    static Map<String, AnalysisProvider<TokenizerFactory>> tokenizers() {
        return Map.of(
            "ngram",
            (index, environment, name, settings) -> {
                Grams grams = Grams.read(name, settings, index, true);
                return TokenizerFactory.newFactory(name, () -> new NGramTokenizer(grams.min(), grams.max()));
            },
            "edge_ngram",
            (index, environment, name, settings) -> {
                Grams grams = Grams.read(name, settings, index, false);
                return TokenizerFactory.newFactory(name, () -> new EdgeNGramTokenizer(grams.min(), grams.max()));
            }
        );
    }

    private static TokenFilterFactory filter(String name, UnaryOperator<TokenStream> wrap) {
        return new Filter(name, wrap);
    }

    private static TokenFilterFactory asciiFolding(String name, boolean preserveOriginal) {
        return new NormalizingFilter(name, in -> new ASCIIFoldingFilter(in, preserveOriginal));
    }

    private static class Filter implements TokenFilterFactory {
        private final String name;
        private final UnaryOperator<TokenStream> wrap;

        Filter(String name, UnaryOperator<TokenStream> wrap) {
            this.name = name;
            this.wrap = wrap;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return wrap.apply(tokenStream);
        }
    }

    /** A filter that keyword normalizers may use too, as asciifolding can in a distribution. */
    private static final class NormalizingFilter extends Filter implements NormalizingTokenFilterFactory {
        NormalizingFilter(String name, UnaryOperator<TokenStream> wrap) {
            super(name, wrap);
        }
    }

    /** The gram sizes of one filter or tokenizer definition, checked as a distribution checks them. */
    private record Grams(int min, int max, boolean preserveOriginal) {

        static Grams read(String name, Settings settings, IndexSettings index, boolean limitedByMaxNgramDiff) {
            for (String key : UNSUPPORTED) {
                if (settings.hasValue(key)) {
                    throw new IllegalArgumentException(
                        "[" + name + "]: [" + key + "] is not supported by the development engine's scic-portal plugin"
                    );
                }
            }
            String side = settings.get("side", "front");
            if (side.equals("front") == false) {
                throw new IllegalArgumentException("[" + name + "]: only [side: front] is supported, not [" + side + "]");
            }
            Grams grams = new Grams(
                settings.getAsInt("min_gram", NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE),
                settings.getAsInt("max_gram", NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE),
                settings.getAsBoolean("preserve_original", false)
            );
            int allowed = index.getMaxNgramDiff();
            if (limitedByMaxNgramDiff && grams.max() - grams.min() > allowed) {
                throw new IllegalArgumentException(
                    "["
                        + name
                        + "]: max_gram - min_gram must be at most ["
                        + allowed
                        + "], the index setting ["
                        + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey()
                        + "], but was ["
                        + (grams.max() - grams.min())
                        + "]"
                );
            }
            return grams;
        }
    }
}
