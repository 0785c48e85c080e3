package io.newsdesk.pipeline;

import io.newsdesk.NewsdeskConfig;
import io.newsdesk.article.IndexStatus;
import io.newsdesk.index.ArticleIndex;
import io.newsdesk.index.IndexSchema;
import io.newsdesk.ingest.InputFile;
import io.newsdesk.ingest.Manifest;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Loads the bundled fictional corpus ({@code sample-data/}) into an empty index at startup, so a
 * new user sees a working portal at once. {@code newsdesk.sample-data=false} turns it off.
 */
@ApplicationScoped
public class SampleDataLoader {

  private static final Logger LOG = Logger.getLogger(SampleDataLoader.class);
  private static final String FOLDER = "sample-data/";

  private final NewsdeskConfig config;
  private final IndexSchema schema;
  private final ArticleIndex index;
  private final IngestPipeline pipeline;

  SampleDataLoader(
      NewsdeskConfig config, IndexSchema schema, ArticleIndex index, IngestPipeline pipeline) {
    this.config = config;
    this.schema = schema;
    this.index = index;
    this.pipeline = pipeline;
  }

  void onStart(@Observes @Priority(20) StartupEvent event) {
    if (config.sampleData() && schema.ready() && index.count() == 0) {
      List<IngestResult> results = pipeline.ingest(files());
      long indexed = results.stream().filter(r -> r.status() == IndexStatus.INDEXED).count();
      LOG.infof("Loaded %d sample articles into the empty index", indexed);
    }
  }

  /** The bundled articles, with the metadata of their manifest. */
  public static List<InputFile> files() {
    try {
      Manifest manifest = Manifest.parse(read("manifest.tsv"));
      List<InputFile> files = new ArrayList<>();
      for (String name : manifest.files()) {
        files.add(
            new InputFile(
                name, read(name).getBytes(StandardCharsets.UTF_8), manifest.forFile(name)));
      }
      return files;
    } catch (Manifest.InvalidManifestException e) {
      throw new IllegalStateException("The bundled sample manifest is invalid", e);
    }
  }

  /** A bundled sample file's text (the tests read the ground truth beside the articles). */
  public static String read(String name) {
    try (InputStream in =
        SampleDataLoader.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled sample file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
