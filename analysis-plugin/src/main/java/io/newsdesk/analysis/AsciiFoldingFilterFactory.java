package io.newsdesk.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/** {@code asciifolding}: "Élysée" and "Elysee" index and match alike. */
@NamedComponent("asciifolding")
public class AsciiFoldingFilterFactory implements TokenFilterFactory {

  /** The one option analysis-common's filter of the same name has. */
  @AnalysisSettings
  public interface Settings {
    @BooleanSetting(path = "preserve_original", defaultValue = false)
    boolean preserveOriginal();
  }

  private final boolean preserveOriginal;

  @Inject
  public AsciiFoldingFilterFactory(Settings settings) {
    this.preserveOriginal = settings.preserveOriginal();
  }

  @Override
  public TokenStream create(TokenStream tokenStream) {
    return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
  }

  /** Folding is per character, so keyword normalizers may use it too. */
  @Override
  public TokenStream normalize(TokenStream tokenStream) {
    return new ASCIIFoldingFilter(tokenStream, false);
  }
}
