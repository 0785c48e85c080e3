package io.newsdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HighlightsTest {

  @Test
  void markupInArticleTextIsEscapedAroundTheMarks() {
    String fragment =
        "<script>alert(1)</script> the "
            + Highlights.PRE
            + "reassurance"
            + Highlights.POST
            + " force";

    assertThat(Highlights.toHtml(fragment))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; the <mark>reassurance</mark> force");
  }

  @Test
  void quotesAndAmpersandsAreEscaped() {
    assertThat(Highlights.toHtml("\"a\" & 'b' <img onerror=x>"))
        .isEqualTo("&quot;a&quot; &amp; &#39;b&#39; &lt;img onerror=x&gt;");
  }

  @Test
  void markerCharactersInsideArticleTextNeverBecomeTags() {
    assertThat(Highlights.escape("odd " + Highlights.PRE + "text" + Highlights.POST))
        .isEqualTo("odd text");
  }
}
