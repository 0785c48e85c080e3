package io.newsdesk.stories;

import io.newsdesk.article.ArticleEntities;
import io.newsdesk.article.EntityMention;
import io.newsdesk.article.EntityRole;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article tells of which event is its own. A news report opens on its event (headline and
 * first sentence), and sets an earlier event of the same kind apart from it with "came (a day)
 * after": "The strike came a day after a missile hit a cafe in the village of Ilmeny". The entities
 * such a clause names, and the rest of the text never names, are the other event's.
 *
 * @param opening the entities its headline and first sentence name (keys as {@link
 *     PrincipalEntities#keys()})
 * @param recalled the entities it names only after "came/comes ... after": an earlier event's
 */
record EventCues(Set<String> opening, Set<String> recalled) {

  static final EventCues NONE = new EventCues(Set.of(), Set.of());

  /** The idiom, in English: a few words may stand between ("comes little over a month after"). */
  private static final Pattern CAME_AFTER =
      Pattern.compile("\\b(?:came|comes)\\b(?:\\s+[^\\s.;]+){0,6}?\\s+after\\b");

  static EventCues of(String title, String body, ArticleEntities entities) {
    if (entities == null) {
      return NONE;
    }
    String text = body == null ? "" : body;
    StringBuilder opening = new StringBuilder(title == null ? "" : title).append('\n');
    // Most reports recall nothing: then only the first sentence is read.
    if (!CAME_AFTER.matcher(text).find()) {
      return new EventCues(named(opening.append(firstSentence(text)), entities), Set.of());
    }
    StringBuilder rest = new StringBuilder(opening);
    StringBuilder clauses = new StringBuilder();
    List<String> sentences = sentences(text);
    for (int at = 0; at < sentences.size(); at++) {
      String sentence = sentences.get(at);
      Matcher cue = CAME_AFTER.matcher(sentence);
      String own = sentence;
      if (cue.find()) {
        own = sentence.substring(0, cue.start());
        clauses.append(sentence, cue.end(), sentence.length()).append('\n');
      }
      rest.append(own).append('\n');
      if (at == 0) {
        opening.append(own);
      }
    }
    Set<String> recalled = named(clauses, entities);
    if (!recalled.isEmpty()) {
      recalled.removeAll(named(rest, entities));
    }
    return new EventCues(named(opening, entities), Set.copyOf(recalled));
  }

  private static String firstSentence(String text) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    breaks.setText(text);
    int end = breaks.next();
    return end == BreakIterator.DONE ? text : text.substring(0, end);
  }

  private static List<String> sentences(String text) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    breaks.setText(text);
    List<String> sentences = new ArrayList<>();
    for (int start = breaks.first(), end = breaks.next();
        end != BreakIterator.DONE;
        start = end, end = breaks.next()) {
      sentences.add(text.substring(start, end));
    }
    return sentences;
  }

  /** The keys of the subjects whose name or one of whose spellings the text has as whole words. */
  private static Set<String> named(CharSequence text, ArticleEntities entities) {
    String searched = text.toString();
    Set<String> keys = new HashSet<>();
    addNamed(searched, entities.persons(), PrincipalEntities.PERSON, keys);
    addNamed(searched, entities.organizations(), PrincipalEntities.ORGANIZATION, keys);
    addNamed(searched, entities.places(), PrincipalEntities.PLACE, keys);
    return keys;
  }

  private static void addNamed(
      String text, List<EntityMention> mentions, String kind, Set<String> keys) {
    if (mentions == null) {
      return;
    }
    for (EntityMention mention : mentions) {
      if (mention.role() == EntityRole.SUBJECT
          && (hasWord(text, mention.name())
              || mention.aliases().stream().anyMatch(alias -> hasWord(text, alias)))) {
        keys.add(kind + mention.name());
      }
    }
  }

  private static boolean hasWord(String text, String phrase) {
    if (phrase.isBlank()) {
      return false;
    }
    for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      int end = at + phrase.length();
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
          && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
        return true;
      }
    }
    return false;
  }
}
