package io.newsdesk.enrich;

import io.newsdesk.article.EntityRole;
import io.newsdesk.article.EntityType;
import java.util.LinkedHashMap;
import java.util.Map;

/** Article entities made by hand, for directory tests. */
final class Docs {

  private Docs() {}

  /** An entity one article names once by each form; its name is the fullest form. */
  static DocEntity doc(EntityType type, String... forms) {
    Map<String, Integer> variants = new LinkedHashMap<>();
    for (String f : forms) {
      variants.merge(f, 1, Integer::sum);
    }
    return new DocEntity(
        type, DocumentConsistency.fullest(variants), variants, forms.length, EntityRole.SUBJECT);
  }

  static DocEntity person(String... forms) {
    return doc(EntityType.PERSON, forms);
  }

  static DocEntity org(String... forms) {
    return doc(EntityType.ORGANIZATION, forms);
  }

  static DocEntity place(String... forms) {
    return doc(EntityType.PLACE, forms);
  }
}
