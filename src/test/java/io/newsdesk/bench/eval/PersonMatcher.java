package io.newsdesk.bench.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rule that decides whether a person name the portal gives an article names one of the
 * article's gold people.
 *
 * <p>A gold person's <em>spellings</em> are its canonical name and every spelling the corpus's
 * articles give it ({@link ArticlePeople#owner}), so that a portal that shows one display name for
 * a person across the corpus is right in the articles that spell it otherwise.
 *
 * <p>A portal name matches a gold person of the article <em>exactly</em> when, folded ({@link
 * PersonNames#fold}), it equals one of the person's spellings (also with the spaces removed), and
 * is <em>compatible</em> when every word of it is a word of a spelling (a surname or given name
 * alone: "Abdollahian" for "Hossein Amir-Abdollahian") or every word of a spelling is one of its
 * words (a name with a title or a middle name added), a single letter matching a word starting with
 * it. An exact match wins over compatible ones. A name compatible with several of the article's
 * people and exact for none, or equal to or part of a spelling of the article that belongs to
 * nobody, is {@link Match.Kind#AMBIGUOUS}: right, but credited to nobody. Anything else is wrong.
 */
public final class PersonMatcher {

  private final Map<String, Set<String>> spellings;

  private PersonMatcher(Map<String, Set<String>> spellings) {
    this.spellings = spellings;
  }

  /** What a portal name is on an article. */
  public record Match(Kind kind, Optional<String> person) {
    /** Exact and compatible name one person; ambiguous is right but names nobody; wrong. */
    public enum Kind {
      EXACT,
      COMPATIBLE,
      AMBIGUOUS,
      WRONG
    }

    public boolean right() {
      return kind != Kind.WRONG;
    }
  }

  /** Learns every gold person's spellings from all the articles' labels. */
  public static PersonMatcher of(List<ArticlePeople> articles) {
    Map<String, Set<String>> spellings = new TreeMap<>();
    for (ArticlePeople article : articles) {
      article
          .persons()
          .forEach(p -> spellings.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(p));
      for (String variant : article.variants()) {
        article.owner(variant).ifPresent(p -> spellings.get(p).add(variant));
      }
    }
    return new PersonMatcher(spellings);
  }

  /** A gold person's spellings: the canonical name first. */
  Set<String> spellings(String person) {
    return spellings.getOrDefault(person, Set.of(person));
  }

  public Match match(ArticlePeople article, String portalName) {
    List<String> exact = new ArrayList<>();
    List<String> compatible = new ArrayList<>();
    List<String> words = PersonNames.words(portalName);
    String joined = PersonNames.joined(portalName);
    for (String person : article.persons()) {
      Set<String> forms = spellings(person);
      if (forms.stream().anyMatch(f -> PersonNames.joined(f).equals(joined))) {
        exact.add(person);
      } else if (forms.stream()
          .map(PersonNames::words)
          .anyMatch(f -> PersonNames.isPartOf(words, f) || PersonNames.isPartOf(f, words))) {
        compatible.add(person);
      }
    }
    if (exact.size() == 1) {
      return new Match(Match.Kind.EXACT, Optional.of(exact.get(0)));
    }
    compatible.addAll(exact);
    if (compatible.size() == 1) {
      return new Match(Match.Kind.COMPATIBLE, Optional.of(compatible.get(0)));
    }
    boolean unowned =
        article.variants().stream()
            .filter(v -> article.owner(v).isEmpty())
            .anyMatch(
                v ->
                    PersonNames.joined(v).equals(joined)
                        || PersonNames.isPartOf(words, PersonNames.words(v)));
    return new Match(
        compatible.isEmpty() && !unowned ? Match.Kind.WRONG : Match.Kind.AMBIGUOUS,
        Optional.empty());
  }
}
