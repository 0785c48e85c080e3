package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Hand-made corrections to entity resolution, kept in a plain tab-separated file that an editor can
 * read and diff. Immutable.
 *
 * <p>One rule a line, fields separated by tabs; blank lines and lines starting with {@code #} are
 * ignored. The first field is the action, the second the entity type ({@code PERSON}, {@code
 * ORGANIZATION}, {@code PLACE}, or {@code *} for any), then names:
 *
 * <pre>
 * # action  type          names ...
 * merge     PERSON        Volodymyr Zelensky   Wolodymyr Selenskyj   Zelenskyy
 * split     PERSON        Michael Jordan       Michael B. Jordan
 * rename    PERSON        Lula                 Luiz Inácio Lula da Silva
 * drop      *             Leave A Comment
 * retype    PLACE         Institut Montaigne   ORGANIZATION
 * </pre>
 *
 * <ul>
 *   <li>{@code merge A B ...}: B (and the rest) are the same entity as A, whatever their spelling.
 *   <li>{@code split A B ...}: these are different entities: the fuzzy rules (same surname,
 *       compatible given names, acronyms) never join them, and an entity already holding both is
 *       cut in two.
 *   <li>{@code rename A NEW}: the entity A resolves to is shown as NEW.
 *   <li>{@code drop A}: a name that is not an entity (page chrome, a misreading): never kept.
 *   <li>{@code retype A TYPE}: A, tagged as the rule's type, is of TYPE instead.
 * </ul>
 *
 * Names are matched by their {@link NameKey}, so case, accents and transliteration do not matter.
 */
public final class Curation {

  /** What a rule does. */
  public enum Action {
    MERGE,
    SPLIT,
    RENAME,
    DROP,
    RETYPE
  }

  /**
   * One rule.
   *
   * @param type the entity type it applies to; null for any
   * @param names the names it is about, as written in the file
   * @param newType for RETYPE, the type to give; else null
   */
  public record Rule(Action action, EntityType type, List<String> names, EntityType newType) {
    public Rule {
      names = List.copyOf(names);
    }

    public boolean appliesTo(EntityType t) {
      return type == null || type == t;
    }
  }

  private static final Curation EMPTY = new Curation(List.of());

  private final List<Rule> rules;

  public Curation(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static Curation empty() {
    return EMPTY;
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<Rule> rules(Action action) {
    return rules.stream().filter(r -> r.action() == action).toList();
  }

  public static Curation parse(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Curation parse(String text) {
    return parse(new StringReader(text));
  }

  /**
   * Parses the format above.
   *
   * @throws IllegalArgumentException naming the line, for an unknown action or type or a rule with
   *     too few names
   */
  public static Curation parse(Reader reader) {
    List<Rule> rules = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        List<String> fields =
            Arrays.stream(line.split("\t")).map(String::strip).filter(f -> !f.isEmpty()).toList();
        rules.add(rule(fields, lineNo));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Curation(rules);
  }

  private static Rule rule(List<String> fields, int lineNo) {
    if (fields.size() < 3) {
      throw bad(lineNo, "expected action, type and names, tab-separated");
    }
    Action action;
    try {
      action = Action.valueOf(fields.get(0).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad(lineNo, "unknown action '" + fields.get(0) + "'");
    }
    EntityType type = fields.get(1).equals("*") ? null : type(fields.get(1), lineNo);
    List<String> names = fields.subList(2, fields.size());
    int min =
        switch (action) {
          case MERGE, SPLIT, RENAME, RETYPE -> 2;
          case DROP -> 1;
        };
    if (names.size() < min) {
      throw bad(lineNo, action.name().toLowerCase(Locale.ROOT) + " needs " + min + " names");
    }
    if (action == Action.RENAME && names.size() != 2) {
      throw bad(lineNo, "rename takes a name and its new name");
    }
    if (action == Action.RETYPE) {
      if (names.size() != 2) {
        throw bad(lineNo, "retype takes a name and a type");
      }
      return new Rule(action, type, names.subList(0, 1), type(names.get(1), lineNo));
    }
    return new Rule(action, type, names, null);
  }

  private static EntityType type(String s, int lineNo) {
    try {
      return EntityType.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad(lineNo, "unknown entity type '" + s + "'");
    }
  }

  private static IllegalArgumentException bad(int lineNo, String why) {
    return new IllegalArgumentException("curation line " + lineNo + ": " + why);
  }
}
