package io.newsdesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void trackingParametersFragmentsAndWwwDoNotChangeTheId() {
    String plain =
        ArticleIds.of(Optional.of("https://news.example/a/story"), Optional.empty(), "T", "B");
    String tracked =
        ArticleIds.of(
            Optional.of("https://WWW.news.example/a/story/?utm_source=x&utm_medium=y#comments"),
            Optional.empty(),
            "Other title",
            "Other body");

    assertThat(tracked).isEqualTo(plain);
  }

  @Test
  void withoutAUrlTheOutletAndHeadlineMakeTheIdSoABodyFixKeepsIt() {
    String first =
        ArticleIds.of(Optional.empty(), Optional.of("Courier"), "Dock strike ends", "v1");
    String fixed =
        ArticleIds.of(Optional.empty(), Optional.of("Courier"), "Dock strike ends", "v2");
    String otherOutlet =
        ArticleIds.of(Optional.empty(), Optional.of("Ledger"), "Dock strike ends", "v1");

    assertThat(fixed).isEqualTo(first);
    assertThat(otherOutlet).isNotEqualTo(first);
  }

  @Test
  void theContentHashChangesWithTheBody() {
    assertThat(ArticleIds.contentHash("T", "a")).isNotEqualTo(ArticleIds.contentHash("T", "b"));
    assertThat(ArticleIds.contentHash("T", "a")).isEqualTo(ArticleIds.contentHash("T", "a"));
    assertThat(ArticleIds.contentHash("T", "a", "Jane Roe"))
        .as("a corrected byline is a change")
        .isNotEqualTo(ArticleIds.contentHash("T", "a", "John Roe"));
  }

  @Test
  void queryParametersOtherThanTrackingOnesAreKeptInAnyOrder() {
    assertThat(ArticleIds.canonicalUrl("https://x.example/p?b=2&a=1&utm_campaign=z"))
        .isEqualTo("x.example/p?a=1&b=2");
  }
}
