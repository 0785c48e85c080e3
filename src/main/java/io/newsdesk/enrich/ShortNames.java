package io.newsdesk.enrich;

import java.util.List;

/**
 * Which person of an article a one-word name means, when the article does not use it as a surname:
 * a first name alone ("Keir" where the article names Keir Starmer), a family name written first
 * ("Yoon" for Yoon Suk Yeol), a word of a compound name ("Oligui" for Brice Oligui Nguema) or a
 * surname with a typing error ("Lavror" beside Sergei Lavrov). Pure.
 */
final class ShortNames {

  /** What a one-word name is in its article. */
  record Fit(int head, boolean drop) {
    static final Fit NONE = new Fit(-1, false);
    static final Fit DROPPED = new Fit(-1, true);
  }

  private final NameVariants variants;
  private final Nicknames nicknames;

  ShortNames(NameVariants variants, Nicknames nicknames) {
    this.variants = variants;
    this.nicknames = nicknames;
  }

  /**
   * The head (index into {@code heads}, the article's people named in full) a one-word name joins:
   * the only one with that word among its names, else the only one whose surname is that word with
   * a typing error. A word two heads share fits neither and is dropped, as is a word in the list of
   * given names that fits no head (a first name alone cannot be told from others of that name).
   */
  Fit fit(String word, List<PersonName> heads) {
    String key = NameKey.token(word);
    int found = -1;
    for (int i = 0; i < heads.size(); i++) {
      if (hasWord(heads.get(i), key)) {
        if (found >= 0) {
          return Fit.DROPPED;
        }
        found = i;
      }
    }
    if (found >= 0) {
      return new Fit(found, false);
    }
    for (int i = 0; i < heads.size(); i++) {
      if (variants.wordsAlike(word, heads.get(i).surname(), 6)) {
        if (found >= 0) {
          return Fit.NONE;
        }
        found = i;
      }
    }
    if (found >= 0) {
      return new Fit(found, false);
    }
    return nicknames.isGivenName(word) ? Fit.DROPPED : Fit.NONE;
  }

  private static boolean hasWord(PersonName head, String key) {
    for (String w : head.words()) {
      for (String part : w.split("[-‐‑–]")) {
        if (NameKey.token(part).equals(key)) {
          return true;
        }
      }
    }
    return false;
  }
}
