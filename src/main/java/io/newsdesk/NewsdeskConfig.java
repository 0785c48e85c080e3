package io.newsdesk;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The portal's settings, all under {@code newsdesk.*}. */
@ConfigMapping(prefix = "newsdesk")
public interface NewsdeskConfig {

  /** Persistent folder for the embedded node's data, logs and state; kept across restarts. */
  @WithDefault("data")
  Path dataDir();

  /**
   * Bearer token that write endpoints require ({@code Authorization: Bearer <token>}). With none
   * configured, every write endpoint is refused.
   */
  Optional<String> adminToken();

  /**
   * The portal's address as readers reach it, e.g. {@code https://news.example.org}: the links in
   * alert mails are built on it. Unset, email alerts are not offered.
   */
  Optional<URI> publicUrl();

  /** Exporting every match of a search. */
  Export export();

  /** Email alerts on saved searches. */
  Alerts alerts();

  /** Exporting every match of a search. */
  interface Export {

    /**
     * Matches read from Elasticsearch per request while exporting; at most the articles index's
     * {@code max_result_window}.
     */
    @WithDefault("1000")
    int pageSize();
  }

  /** Email alerts on saved searches. */
  interface Alerts {

    /** Matches listed in one digest; the mail says how many more there are. */
    @WithDefault("50")
    int maxPerDigest();

    /** Wait before resending a digest the mail server did not take; doubled at each failure. */
    @WithDefault("1m")
    Duration firstRetry();

    /** The longest wait between two attempts at a digest. */
    @WithDefault("1h")
    Duration maxRetry();
  }

  /** Load the bundled sample articles at startup when the index is empty. */
  @WithDefault("true")
  boolean sampleData();

  /** The embedded node. */
  Embedded elasticsearch();

  /** Reading input. */
  Ingest ingest();

  /** Canonical entities. */
  Entities entities();

  /** Hand-made corrections to entity resolution. */
  interface Entities {

    /**
     * A curation file (tab-separated merge / split / rename / drop / retype rules), applied at
     * ingest and re-applied to the whole index by {@code POST /api/entities/curation}.
     */
    Optional<Path> curationFile();
  }

  /** RSS and Atom feeds polled on a schedule. */
  Feeds feeds();

  /** Grouping articles into stories. */
  Stories stories();

  /** Finishing what a crash left undone. */
  Healing healing();

  /** When to look for articles whose steps after indexing a crash interrupted. */
  interface Healing {

    /** Time between two looks (there is one at start too). */
    @WithDefault("1m")
    Duration interval();

    /**
     * How long an article may wait for its steps after indexing before another look finishes them:
     * longer than any batch takes, so a batch still in progress, here or in another portal on the
     * same cluster, is left to finish itself.
     */
    @WithDefault("5m")
    Duration grace();
  }

  /** Sentence embeddings for search by meaning. */
  Embeddings embeddings();

  /** The embedding step of ingest and the search by meaning that uses it. */
  interface Embeddings {

    /**
     * Compute a sentence embedding for each article at ingest and search by meaning besides words;
     * off, ingest skips the step and search is by words only.
     */
    @WithDefault("true")
    boolean enabled();
  }

  /** Limits on input. */
  interface Ingest {

    /** Files larger than this are rejected with a reason; the rest of their batch goes on. */
    @WithDefault("5M")
    MemorySize maxFileSize();
  }

  /** Feeds to poll, and how. */
  interface Feeds {

    /** Addresses of the RSS or Atom feeds to poll; none by default. */
    Optional<List<URI>> urls();

    /** Time between two polls of a feed that answered. */
    @WithDefault("15m")
    Duration interval();

    /** Wait before the first retry of a feed that failed; doubled at each further failure. */
    @WithDefault("1m")
    Duration firstRetry();

    /** The longest wait between retries of a failing feed. */
    @WithDefault("6h")
    Duration maxRetry();

    /** Time limit for fetching a feed or a linked page, from connecting to the last byte. */
    @WithDefault("20s")
    Duration timeout();

    /** Linked pages larger than this are not fetched; the item's summary is indexed instead. */
    @WithDefault("2M")
    MemorySize maxPageSize();
  }

  /** When two articles are about the same event; after a change, rebuild the stories. */
  interface Stories {

    /**
     * How many days from a report's date its candidate stories are looked for; a report further
     * from a story's nearest dated member joins it only when its words alone show the event (a copy
     * of a member joins at any distance).
     */
    @WithDefault("4")
    int windowDays();

    /**
     * The evidence a report needs to join a story whose nearest dated member is of its day: the
     * cosine of its tf-idf weighted words with the story's members together, plus its share of the
     * story's principal entities and the meaning of its headline and lead, weighted (more for each
     * day apart, or without a date).
     */
    @WithDefault("0.3")
    double minSimilarity();
  }

  /** Settings of the embedded node; ignored when {@code quarkus.elasticsearch.hosts} is set. */
  interface Embedded {

    /**
     * The unpacked Elasticsearch distribution; by default the one the build lays out in {@code
     * elasticsearch/} beside the app, whatever the working directory.
     */
    Optional<Path> home();

    /**
     * The analysis plugin zip, installed into {@link #home()} when missing; by default the one the
     * build lays out beside the app.
     */
    Optional<Path> plugin();

    /** Heap of the node's JVM, as for -Xmx. */
    @WithDefault("512m")
    String heap();

    /** The unprivileged user the node runs as when the portal runs as root. */
    @WithDefault("nobody")
    String runAsUser();

    /** How long to wait for the node to become healthy. */
    @WithDefault("120s")
    Duration startupTimeout();
  }
}
