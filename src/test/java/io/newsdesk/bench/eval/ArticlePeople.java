package io.newsdesk.bench.eval;

import java.util.List;
import java.util.Optional;

/**
 * The gold people of one article: canonical names, and the other spellings the article uses ({@code
 * variants}, not tied to a person in the labels).
 *
 * <p>Each spelling is given to the person it resembles most: per word of the spelling, the best
 * {@link PersonNames#wordSimilarity} with a word of the person's name counts when it is at least
 * {@value #SIMILAR}, and the person with the highest sum gets it; an article with a single person
 * gives it every spelling; a tie or no resemblance at all (an alias such as a nickname) leaves the
 * spelling with nobody.
 */
public record ArticlePeople(List<String> persons, List<String> variants) {

  /** The least word similarity that counts as resemblance when giving spellings to people. */
  static final double SIMILAR = 0.6;

  public ArticlePeople {
    persons = List.copyOf(persons);
    variants = List.copyOf(variants);
  }

  /** The person a spelling belongs to, when one resembles it more than every other. */
  Optional<String> owner(String variant) {
    if (persons.size() == 1) {
      return Optional.of(persons.get(0));
    }
    String best = null;
    double bestScore = 0;
    double second = 0;
    for (String person : persons) {
      double score = resemblance(PersonNames.words(variant), PersonNames.words(person));
      if (score > bestScore) {
        second = bestScore;
        bestScore = score;
        best = person;
      } else if (score > second) {
        second = score;
      }
    }
    return bestScore > second ? Optional.of(best) : Optional.empty();
  }

  private static double resemblance(List<String> variant, List<String> name) {
    double sum = 0;
    for (String word : variant) {
      double best =
          name.stream().mapToDouble(n -> PersonNames.wordSimilarity(word, n)).max().orElse(0);
      sum += best >= SIMILAR ? best : 0;
    }
    return sum;
  }
}
