package io.newsdesk.enrich;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two spellings of a person's name can be one person: the rules for how names travel
 * between outlets and languages. Pure and thread-safe; the {@link EntityDirectory} decides with
 * them among the entities it knows.
 *
 * <p>Given names ({@link #given(PersonName, PersonName)}), best fit first:
 *
 * <ol>
 *   <li>{@link Fit#SAME}: the first given names have one key, or the given names written together
 *       do ("Pir-Hossein" and "Pir Hossein"); further given names on both sides must agree too, so
 *       "George H. W." and "George W." stay apart;
 *   <li>{@link Fit#INITIALS}: one side is initials of the other ("J.D.", "JD" and "J." for "James
 *       David"), or its given names are some of the other's ("Hossein" in "Pir Hossein");
 *   <li>{@link Fit#VARIANT}: a nickname ({@link Nicknames}: Mike/Michael), a listed cross-language
 *       pair ({@link Gazetteer#givenNameVariants}: Mykola/Nikolai), one romanised key ({@link
 *       NameSound#romanised}: Ihor/Igor, Fouad/Fuad), or a typing error: one edit in a name of five
 *       letters or more, two in one of six or more that sounds alike (Mohammed/Muhammad). A change
 *       of the final vowel alone is not a typing error: Daniel/Daniela, Mario/Maria are two people;
 *   <li>{@link Fit#CONFLICT}: anything else (Donald and Melania).
 * </ol>
 *
 * <p>A generational suffix must agree: "Donald Trump Jr." is not "Donald Trump".
 *
 * <p>Surnames ({@link #surnamesAlike(PersonName, PersonName)}) are alike when their romanised keys
 * are equal (Hrebeniuk/Grebenyuk, Mousavi/Musavi) or differ by one edit in a surname of five
 * letters or more (Lavrov/Lavror), two in one of eight or more, or two in one of five or more that
 * sounds alike ({@link NameSound#soundAlike}: Mismari/Mosmari, Raisi/Raeisi).
 */
public final class NameVariants {

  /** How well two given-name lists fit, best first. */
  public enum Fit {
    SAME,
    INITIALS,
    VARIANT,
    CONFLICT
  }

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  private final Gazetteer gazetteer;
  private final Nicknames nicknames;

  public NameVariants(Gazetteer gazetteer, Nicknames nicknames) {
    this.gazetteer = gazetteer;
    this.nicknames = nicknames;
  }

  /** How the given names of two full names fit; {@link Fit#CONFLICT} if either has none. */
  public Fit given(PersonName a, PersonName b) {
    if (!a.isFull() || !b.isFull() || !suffix(a).equals(suffix(b))) {
      return Fit.CONFLICT;
    }
    if (joined(a.given()).equals(joined(b.given()))) {
      return Fit.SAME;
    }
    if (initialsOf(a.given(), b.given()) || initialsOf(b.given(), a.given())) {
      return Fit.INITIALS;
    }
    Fit first = one(a.given().get(0), b.given().get(0));
    if (first == Fit.CONFLICT) {
      return someOf(a.given(), b.given()) || someOf(b.given(), a.given())
          ? Fit.INITIALS
          : Fit.CONFLICT;
    }
    // The further given names, where both sides have them, must agree one by one.
    Fit worst = first;
    int n = Math.min(a.given().size(), b.given().size());
    for (int i = 1; i < n; i++) {
      Fit f = one(a.given().get(i), b.given().get(i));
      if (f == Fit.CONFLICT && !isInitial(a.given().get(i)) && !isInitial(b.given().get(i))) {
        return Fit.CONFLICT;
      }
      if (f == Fit.CONFLICT) {
        if (initial(a.given().get(i)) != initial(b.given().get(i))) {
          return Fit.CONFLICT;
        }
        f = Fit.INITIALS;
      }
      worst = f.ordinal() > worst.ordinal() ? f : worst;
    }
    return worst;
  }

  /** Whether two surnames can be one person's under the romanisation and typing rules. */
  public boolean surnamesAlike(PersonName a, PersonName b) {
    return wordsAlike(a.surname(), b.surname(), 5);
  }

  /** One given name against another: same, variant (nickname, romanisation, typo) or conflict. */
  Fit one(String a, String b) {
    String ka = NameKey.token(a);
    String kb = NameKey.token(b);
    if (ka.equals(kb)) {
      return Fit.SAME;
    }
    if (isInitial(a) || isInitial(b)) {
      return initial(a) == initial(b) ? Fit.INITIALS : Fit.CONFLICT;
    }
    if (nicknames.related(a, b) || gazetteer.givenNameVariants(a, b)) {
      return Fit.VARIANT;
    }
    String ra = NameSound.romanised(a);
    String rb = NameSound.romanised(b);
    if (ra.equals(rb)) {
      return Fit.VARIANT;
    }
    if (genderedEnding(ra, rb)) {
      return Fit.CONFLICT;
    }
    int d = Math.min(Edits.distance(ka, kb), Edits.distance(ra, rb));
    int len = Math.min(ka.length(), kb.length());
    if ((d == 1 && len >= 5) || (d == 2 && len >= 6 && NameSound.soundAlike(a, b))) {
      return Fit.VARIANT;
    }
    return Fit.CONFLICT;
  }

  /** Two words (surnames) alike: one romanised key, or a few edits in a long enough word. */
  boolean wordsAlike(String a, String b, int minLength) {
    String ka = NameKey.token(a);
    String kb = NameKey.token(b);
    if (ka.equals(kb)) {
      return true;
    }
    String ra = NameSound.romanised(a);
    String rb = NameSound.romanised(b);
    if (ra.equals(rb)) {
      return true;
    }
    int len = Math.min(ka.length(), kb.length());
    if (len < minLength) {
      return false;
    }
    int d = Math.min(Edits.distance(ka, kb), Edits.distance(ra, rb));
    return d == 1 || (d == 2 && (len >= 8 || NameSound.soundAlike(a, b)));
  }

  /** Daniel/Daniela, Mario/Maria: the keys differ only in a final vowel. */
  private static boolean genderedEnding(String a, String b) {
    String sa = stripFinalVowel(a);
    String sb = stripFinalVowel(b);
    return sa.equals(sb) && !a.equals(b);
  }

  private static String stripFinalVowel(String s) {
    return !s.isEmpty() && "aeiou".indexOf(s.charAt(s.length() - 1)) >= 0
        ? s.substring(0, s.length() - 1)
        : s;
  }

  /** "JD", "J.D." or "J." as initials of "James David" (the initials are a prefix of theirs). */
  private static boolean initialsOf(List<String> initials, List<String> names) {
    StringBuilder letters = new StringBuilder();
    for (String w : initials) {
      String bare = w.replace(".", "");
      if (isInitial(w) || isRunOfInitials(bare)) {
        letters.append(bare.toLowerCase(Locale.ROOT));
      } else {
        return false;
      }
    }
    if (letters.length() == 0 || letters.length() > names.size()) {
      return false;
    }
    for (int i = 0; i < letters.length(); i++) {
      String name = names.get(i);
      if (isInitial(name) || Character.toLowerCase(name.charAt(0)) != letters.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every given name of {@code some} is, in order, among the other's longer list. */
  private static boolean someOf(List<String> some, List<String> all) {
    if (some.size() >= all.size()) {
      return false;
    }
    int at = 0;
    for (String w : some) {
      while (at < all.size() && !NameKey.token(all.get(at)).equals(NameKey.token(w))) {
        at++;
      }
      if (at == all.size()) {
        return false;
      }
      at++;
    }
    return true;
  }

  static boolean isInitial(String word) {
    String w = word.replace(".", "");
    return w.length() == 1 && Character.isLetter(w.charAt(0));
  }

  /** "JD": two or three capitals and nothing else. */
  private static boolean isRunOfInitials(String word) {
    return word.length() >= 2
        && word.length() <= 3
        && word.chars().allMatch(Character::isUpperCase);
  }

  private static char initial(String word) {
    return Character.toLowerCase(word.replace(".", "").charAt(0));
  }

  private static String joined(List<String> given) {
    StringBuilder sb = new StringBuilder();
    for (String g : given) {
      for (String part : g.split("[-‐‑–]")) {
        sb.append(NameKey.token(part));
      }
    }
    return sb.toString();
  }

  private static String suffix(PersonName n) {
    String last = n.words().get(n.words().size() - 1).replace(".", "").toLowerCase(Locale.ROOT);
    return SUFFIXES.contains(last) && n.words().size() > 1 ? last : "";
  }
}
