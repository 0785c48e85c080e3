package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The other names an article says a person goes by: "Hui Ka Yan (also known as Xu Jiayin)", "Fu’ad
 * Shukr, also known as al-Hajj Mohsin", "Also known as Omar Tchiani, he ...". Pure.
 *
 * <p>An alias is a person mention right after such a cue. It belongs to the person mention just
 * before the cue, with nothing but a comma, a bracket or a dash between them; when the cue opens
 * the sentence, to the one other person of the article named in full with the same surname. Any
 * other cue ("a man known as ...") links nothing, since who is meant cannot be told.
 */
final class AliasLinks {

  // "called" and "nicknamed" need "also": "Biden called Putin ..." names two people.
  private static final Pattern CUE_BEFORE =
      Pattern.compile(
          "(?:\\b(?:also|better|commonly|widely|otherwise)\\s+)?known\\s+(?:as|by)\\s+[\"“‘']?$"
              + "|\\balso\\s+(?:called|nicknamed)\\s+[\"“‘']?$|\\ba\\.?k\\.?a\\.?\\s+$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BETWEEN_NAME_AND_CUE = Pattern.compile("[\\s,(\\[–—-]*");
  private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?]\\s+)$");

  private final Gazetteer gazetteer;

  AliasLinks(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** Each alias's text, with the text of the person mention it is another name of. */
  Map<String, String> find(DocumentText doc, List<Mention> occs) {
    List<Mention> people = occs.stream().filter(o -> o.type == EntityType.PERSON).toList();
    Map<String, String> links = new LinkedHashMap<>();
    for (Mention alias : people) {
      DocumentText.Line line = doc.lineOf(alias.part, alias.partIndex, alias.begin);
      if (line == null) {
        continue;
      }
      String before = line.text().substring(0, alias.begin - line.offset());
      var cue = CUE_BEFORE.matcher(before);
      if (!cue.find()) {
        continue;
      }
      String head = before.substring(0, cue.start());
      Mention named = adjacent(people, alias, line, head);
      if (named == null && SENTENCE_START.matcher(head).find()) {
        named = sameSurname(people, alias);
      }
      if (named != null && !NameKey.of(named.text).equals(NameKey.of(alias.text))) {
        links.putIfAbsent(alias.text, named.text);
      }
    }
    return links;
  }

  /** The person mention that ends right before the cue (a comma, bracket or dash between). */
  private static Mention adjacent(
      List<Mention> people, Mention alias, DocumentText.Line line, String head) {
    for (Mention o : people) {
      if (o == alias || o.part != alias.part || o.partIndex != alias.partIndex) {
        continue;
      }
      int end = o.end - line.offset();
      if (end >= 0
          && end <= head.length()
          && o.begin >= line.offset()
          && BETWEEN_NAME_AND_CUE.matcher(head.substring(end)).matches()) {
        return o;
      }
    }
    return null;
  }

  /** The one person named in full, other than the alias, whose surname is the alias's. */
  private Mention sameSurname(List<Mention> people, Mention alias) {
    PersonName a = PersonName.parse(alias.text, gazetteer);
    Mention found = null;
    for (Mention o : people) {
      PersonName n = PersonName.parse(o.text, gazetteer);
      if (o == alias || !n.isFull() || NameKey.of(o.text).equals(NameKey.of(alias.text))) {
        continue;
      }
      if (n.surnameKey().equals(a.surnameKey())) {
        if (found != null && !NameKey.of(found.text).equals(NameKey.of(o.text))) {
          return null;
        }
        found = o;
      }
    }
    return found;
  }
}
