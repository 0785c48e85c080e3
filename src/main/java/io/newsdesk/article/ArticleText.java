package io.newsdesk.article;

import java.util.Arrays;
import java.util.regex.Pattern;

/** The headline and body of an article, for embedding. */
public record ArticleText(String title, String body) {

  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** The headline, then the body's first words, {@code maxWords} in all at most. */
  public String passage(int maxWords) {
    String text = (title == null ? "" : title + ".\n") + (body == null ? "" : body);
    String[] words = SPACE.split(text.strip(), maxWords + 1);
    int kept = Math.min(words.length, maxWords);
    return String.join(" ", Arrays.copyOf(words, kept));
  }

  /** The body's opening passage, the part a headline-and-lead embedding stands for. */
  public String lead(int maxWords) {
    return new ArticleText(null, body).passage(maxWords);
  }
}
