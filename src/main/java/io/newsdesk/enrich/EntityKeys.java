package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The keys the {@link EntityDirectory} matches names by: a {@link NameKey} per type (for a person,
 * of the name with titles and suffixes off, as {@link PersonName} reads it), and the acronym a name
 * stands for or is.
 */
final class EntityKeys {

  private static final Set<String> ACRONYM_STOPWORDS =
      Set.of(
          "of", "the", "and", "for", "on", "in", "to", "at", "de", "du", "des", "la", "le", "et",
          "&");

  private final Gazetteer gazetteer;

  EntityKeys(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The matching key of a name of this type. */
  String key(EntityType t, String name) {
    return switch (t) {
      case PERSON -> NameKey.compact(person(name).text());
      case ORGANIZATION -> NameKey.plain(name);
      case PLACE -> NameKey.of(name);
    };
  }

  /** The keys of all these forms of a name of this type. */
  Set<String> keys(EntityType t, Iterable<String> forms) {
    Set<String> keys = new HashSet<>();
    for (String f : forms) {
      keys.add(key(t, f));
    }
    return keys;
  }

  /** A form read as a person's name. */
  PersonName person(String form) {
    return PersonName.parse(form, gazetteer);
  }

  /** The plain acronym a form is, or else the initials it has; null for neither. */
  static String acronym(String form) {
    return isAcronym(form) ? NameKey.plain(form) : initials(form);
  }

  /** "UN", "U.S.", "NATO": two to six capitals, dots allowed. */
  static boolean isAcronym(String form) {
    String s = form.replace(".", "");
    if (s.length() < 2 || s.length() > 6) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The lowercase initials of a name of two or more words, small words skipped; else null. */
  static String initials(String form) {
    StringBuilder sb = new StringBuilder();
    for (String w : form.split("[\\s\\-‐‑–]+")) {
      if (w.isEmpty() || ACRONYM_STOPWORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0))) {
        return null;
      }
      sb.append(NameKey.plain(w.substring(0, 1)));
    }
    return sb.length() >= 2 ? sb.toString() : null;
  }
}
