package io.newsdesk.analysis;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * {@code stemmer} with the English {@code language} values of analysis-common, so that one mapping
 * is valid on the minimal node and on a full Elasticsearch.
 */
@NamedComponent("stemmer")
public class StemmerFilterFactory implements TokenFilterFactory {

  /** Same setting name and default as analysis-common's stemmer. */
  @AnalysisSettings
  public interface Settings {
    @StringSetting(path = "language", defaultValue = "english")
    String language();
  }

  private final UnaryOperator<TokenStream> stemmer;

  /** Fails when the index is created, not at the first document, on an unknown language. */
  @Inject
  public StemmerFilterFactory(Settings settings) {
    String language = settings.language().toLowerCase(Locale.ROOT);
    this.stemmer =
        switch (language) {
          case "english", "porter" -> PorterStemFilter::new;
          case "light_english" -> KStemFilter::new;
          case "minimal_english" -> EnglishMinimalStemFilter::new;
          case "possessive_english" -> EnglishPossessiveFilter::new;
          default ->
              throw new IllegalArgumentException(
                  "stemmer language [" + language + "] is not supported by newsdesk-analysis");
        };
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return stemmer.apply(tokenStream);
  }
}
