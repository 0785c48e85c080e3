package io.newsdesk.ingest;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Makes a draft from an input's paragraphs: chrome sorted out, then a headline found or made. */
final class DraftAssembler {

  private DraftAssembler() {}

  /**
   * @param markupTitle a headline the input marks as such (an HTML page's), if any; a title in the
   *     metadata wins over it
   * @param markupCaptions captions the input marks as such, kept apart from the paragraphs
   * @return empty when no article text is left once the chrome is gone
   */
  static Optional<ArticleDraft> assemble(
      String source,
      List<String> paragraphs,
      Optional<String> markupTitle,
      List<String> markupCaptions,
      SourceMetadata metadata) {
    ChromeFilter.Sorted sorted = ChromeFilter.sort(paragraphs);
    List<String> text = new ArrayList<>(sorted.text());
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> knownTitle =
        metadata.title().or(() -> markupTitle).map(Whitespace::collapse).filter(t -> !t.isEmpty());
    String title;
    if (knownTitle.isPresent()) {
      title = knownTitle.get();
      if (text.get(0).equalsIgnoreCase(title)) {
        text.remove(0);
      }
    } else if (text.size() > 1 && Headlines.looksLikeHeadline(text.get(0))) {
      title = text.remove(0);
    } else {
      title = Headlines.derive(text.get(0));
    }
    if (text.isEmpty()) {
      return Optional.empty();
    }
    List<String> captions = new ArrayList<>(markupCaptions);
    captions.addAll(sorted.captions());
    return Optional.of(new ArticleDraft(source, title, text, captions, sorted.notices(), metadata));
  }
}
