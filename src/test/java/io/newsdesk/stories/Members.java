package io.newsdesk.stories;

import io.newsdesk.index.StoryDocument.Link;
import io.newsdesk.index.StoryDocument.Member;
import java.time.LocalDate;
import java.util.List;

/** Story members for tests. */
final class Members {

  private Members() {}

  static Member member(String id, String outlet, String published) {
    return member(id, outlet, published, null, List.of());
  }

  static Member member(
      String id, String outlet, String published, String credit, List<String> persons) {
    return new Member(
        id,
        outlet,
        "Headline " + id,
        published == null ? null : LocalDate.parse(published),
        credit,
        0.3,
        persons,
        List.of(),
        List.of());
  }

  static Link link(String from, String to, Relation relation, double share) {
    return link(from, to, relation, share, (int) Math.round(share * 400));
  }

  static Link link(String from, String to, Relation relation, double share, int sharedWords) {
    return new Link(from, to, relation.jsonName(), share, sharedWords);
  }
}
