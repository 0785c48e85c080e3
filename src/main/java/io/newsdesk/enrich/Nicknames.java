package io.newsdesk.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * English given names and their common nicknames (Michael/Mike, William/Bill, Jennifer/Jenni), read
 * from {@code nicknames.csv} beside this class: the team's own short list of everyday forms, in the
 * triple format of the published "nicknames" project ({@code name1,has_nickname,name2}), so that
 * published list can replace it once a package of it can be had. Immutable.
 *
 * <p>Only a name and its own nicknames are related, never two names that share a nickname: Bill is
 * William (and, in the list, Robert), but William is not Robert.
 */
public final class Nicknames {

  private static final String RESOURCE = "nicknames.csv";
  private static volatile Nicknames shipped;

  private final Map<String, Set<String>> related;

  private Nicknames(Map<String, Set<String>> related) {
    this.related = related;
  }

  /** The shipped list, read once. */
  public static Nicknames shipped() {
    Nicknames n = shipped;
    if (n == null) {
      synchronized (Nicknames.class) {
        n = shipped;
        if (n == null) {
          n = read(Nicknames.class.getResourceAsStream(RESOURCE));
          shipped = n;
        }
      }
    }
    return n;
  }

  /** Reads a list in the project's triple format: {@code name1,has_nickname,name2}, a header. */
  static Nicknames read(InputStream in) {
    if (in == null) {
      throw new IllegalStateException("Missing bundled resource " + RESOURCE);
    }
    Map<String, Set<String>> related = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split(",");
        if (f.length == 3 && f[1].equals("has_nickname")) {
          String a = NameKey.token(f[0]);
          String b = NameKey.token(f[2]);
          related.computeIfAbsent(a, k -> new HashSet<>()).add(b);
          related.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Nicknames(related);
  }

  /** Whether one given name is a nickname of the other (Mike and Michael), by their name keys. */
  public boolean related(String givenA, String givenB) {
    Set<String> forA = related.get(NameKey.token(givenA));
    return forA != null && forA.contains(NameKey.token(givenB));
  }

  /** Whether the word is a given name or nickname of the list ("Keir" is not; "Daniel" is). */
  public boolean isGivenName(String word) {
    return related.containsKey(NameKey.token(word));
  }
}
