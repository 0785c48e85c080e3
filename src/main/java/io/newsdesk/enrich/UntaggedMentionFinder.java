package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The find-the-rest step of {@link DocumentConsistency}: every other occurrence of a name the
 * article tagged (and of the surname of every person named in full) is counted, and news agencies
 * are looked up in the text; a single word that is also a common lowercase word ("Trump", "Bush")
 * only counts when capitalised mid-sentence in a line that is not in title case. Agencies too
 * ambiguous for running text ("AP", "PA") only count in a credit.
 */
final class UntaggedMentionFinder {

  private final Gazetteer gazetteer;
  private final Predicate<String> commonWord;

  UntaggedMentionFinder(Gazetteer gazetteer, Predicate<String> commonWord) {
    this.gazetteer = gazetteer;
    this.commonWord = commonWord;
  }

  /** Adds to {@code occs} the untagged occurrences of its names and of the agencies. */
  void findTheRest(DocumentText doc, List<Mention> occs) {
    Map<String, EntityType> surfaces = new LinkedHashMap<>();
    for (Mention o : new ArrayList<>(occs)) {
      surfaces.putIfAbsent(o.text, o.type);
      if (o.type == EntityType.PERSON) {
        PersonName n = PersonName.parse(o.text, gazetteer);
        if (n.isFull()) {
          surfaces.putIfAbsent(n.surname(), EntityType.PERSON);
        }
      }
    }
    // Longest first, so "Emmanuel Macron" is found before "Macron" inside it.
    List<String> order = new ArrayList<>(surfaces.keySet());
    order.sort(Comparator.comparingInt(String::length).reversed());
    for (String surface : order) {
      EntityType type = surfaces.get(surface);
      scan(doc, occs, surface, type, false);
      String upper = surface.toUpperCase(Locale.ROOT);
      if (type == EntityType.PERSON && !upper.equals(surface)) {
        scan(doc, occs, upper, type, false);
      }
    }
    for (Gazetteer.Agency agency : gazetteer.agencies()) {
      List<String> names = new ArrayList<>(agency.names());
      names.sort(Comparator.comparingInt(String::length).reversed());
      for (String name : names) {
        scan(doc, occs, name, EntityType.ORGANIZATION, agency.creditOnly());
      }
    }
  }

  private void scan(
      DocumentText doc, List<Mention> occs, String surface, EntityType type, boolean creditOnly) {
    // Agencies are distinctive, or (AP, PA) only taken in credits: no common-word guard for them.
    boolean agency = type == EntityType.ORGANIZATION && gazetteer.agency(surface).isPresent();
    boolean singleWord = surface.indexOf(' ') < 0;
    boolean common = !agency && singleWord && commonWord.test(surface.toLowerCase(Locale.ROOT));
    for (DocumentText.Line line : doc.lines()) {
      String text = line.text();
      int from = 0;
      while (true) {
        int at = text.indexOf(surface, from);
        if (at < 0) {
          break;
        }
        from = at + 1;
        int end = at + surface.length();
        if (!wordBoundary(text, at, end)) {
          continue;
        }
        int begin = line.offset() + at;
        int partEnd = line.offset() + end;
        boolean taken = false;
        for (Mention o : occs) {
          if (o.overlaps(line.part(), line.partIndex(), begin, partEnd)) {
            taken = true;
            break;
          }
        }
        if (taken) {
          continue;
        }
        boolean credit = line.isCredit(begin, partEnd);
        if (creditOnly && !credit && !creditShaped(text, at, end)) {
          continue;
        }
        if (common && (sentenceInitial(text, at) || titleCased(text) || isAllCapsLine(text))) {
          continue;
        }
        occs.add(
            new Mention(
                surface, type, line.part(), line.partIndex(), begin, partEnd, credit, false));
      }
    }
  }

  private static boolean wordBoundary(String text, int at, int end) {
    boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
    boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    return before && after;
  }

  /** "Name/AP", "AP/Name", "(AP)", "AP Photo": an agency where it can only be a credit. */
  private static boolean creditShaped(String text, int at, int end) {
    char before = at > 0 ? text.charAt(at - 1) : ' ';
    char after = end < text.length() ? text.charAt(end) : ' ';
    return before == '/'
        || after == '/'
        || (before == '(' && after == ')')
        || text.startsWith(" Photo", end);
  }

  private static boolean sentenceInitial(String text, int at) {
    int i = at - 1;
    while (i >= 0
        && (Character.isWhitespace(text.charAt(i)) || "“\"‘'([".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;—–-|".indexOf(text.charAt(i)) >= 0;
  }

  /** A heading in title case: most words of four letters or more are capitalised. */
  static boolean titleCased(String line) {
    int longWords = 0;
    int capitalised = 0;
    for (String w : line.split("[\\s\\p{Pd}/]+")) {
      String word = w.replaceAll("^\\P{L}+|\\P{L}+$", "");
      if (word.length() >= 4) {
        longWords++;
        if (Character.isUpperCase(word.charAt(0))) {
          capitalised++;
        }
      }
    }
    return longWords >= 3 && capitalised * 10 >= longWords * 7;
  }

  private static boolean isAllCapsLine(String line) {
    return line.equals(line.toUpperCase(Locale.ROOT));
  }
}
