package io.newsdesk.web;

import io.newsdesk.stories.StoryArticle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A story's articles as the pages list them: link, outlet, date and a readable relation. */
final class StoryRows {

  /**
   * One article.
   *
   * @param relation original, copy, rewrite or coverage, for styling
   * @param label what the relation means here, e.g. "Rewrite of Financial Times (24% shared)";
   *     empty for an outlet's own report
   */
  record Row(
      String id,
      String url,
      String outlet,
      String title,
      String published,
      String relation,
      String label) {}

  private StoryRows() {}

  static List<Row> of(List<StoryArticle> articles, List<StoryArticle> story) {
    Map<String, StoryArticle> byId = new HashMap<>();
    story.forEach(a -> byId.put(a.id(), a));
    return articles.stream().map(a -> row(a, byId)).toList();
  }

  private static Row row(StoryArticle a, Map<String, StoryArticle> story) {
    return new Row(
        a.id(),
        articleUrl(a.id()),
        a.outlet(),
        a.title() == null || a.title().isBlank() ? "(untitled)" : a.title(),
        a.published() == null ? "" : a.published().toString(),
        a.relation().jsonName(),
        label(a, story));
  }

  static String label(StoryArticle a, Map<String, StoryArticle> story) {
    String relative =
        a.relative().map(story::get).map(StoryArticle::outlet).orElse("another outlet");
    String shared = Math.round(a.similarity() * 100) + "% shared wording";
    return switch (a.relation()) {
      case ORIGINAL -> "Original: others copied or rewrote it";
      case COPY ->
          a.directionKnown()
              ? "Copy of " + relative + " (" + shared + ")"
              : "Copy, or copied by, "
                  + relative
                  + " ("
                  + shared
                  + "; which came first is unknown)";
      case REWRITE ->
          a.directionKnown()
              ? "Rewrite of " + relative + " (" + shared + ")"
              : "Rewrite, or rewritten by, "
                  + relative
                  + " ("
                  + shared
                  + "; which came first is unknown)";
      case COVERAGE -> "";
    };
  }

  static String articleUrl(String id) {
    return PathSegments.articleUrl(id, "");
  }

  static String storyUrl(String id) {
    return "/stories/" + PathSegments.encode(id);
  }
}
