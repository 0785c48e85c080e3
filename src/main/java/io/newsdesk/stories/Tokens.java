package io.newsdesk.stories;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words for comparing articles. Hyphens split ("Pedersen-Lind" and "Pedersen Lind"
 * give the same words), apostrophes do not ("Valdoria's" is one word with either quote mark), and
 * accents are dropped, so typographic differences between outlets never hide shared text.
 */
final class Tokens {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Tokens() {}

  static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      tokens.add(new Token(fold(matcher.group()), matcher.start(), matcher.end()));
    }
    return tokens;
  }

  static String fold(String word) {
    if (word.chars().allMatch(c -> c < 0x80)) {
      return word.toLowerCase(Locale.ROOT);
    }
    String plain = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    return plain.replace('’', '\'').toLowerCase(Locale.ROOT);
  }
}
