package io.newsdesk.web;

import io.newsdesk.search.ArticleSearch;
import io.newsdesk.search.Facet;
import io.newsdesk.search.FacetOptions;
import io.newsdesk.search.ResultOrder;
import io.newsdesk.search.SearchQuery;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link SearchQuery} from URL parameters, the same for pages and the API: {@code q},
 * {@code person} / {@code organization} / {@code place} / {@code outlet} and their {@code not_}
 * forms (repeatable), {@code from}, {@code to}, {@code sort}, {@code page}, {@code size}.
 */
final class SearchParameters {

  private SearchParameters() {}

  static SearchQuery read(MultivaluedMap<String, String> parameters) {
    Map<Facet, List<String>> include = new EnumMap<>(Facet.class);
    Map<Facet, List<String>> exclude = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      include.put(facet, values(parameters, facet.parameter()));
      exclude.put(facet, values(parameters, "not_" + facet.parameter()));
    }
    Optional<LocalDate> from = date(parameters, "from");
    Optional<LocalDate> to = date(parameters, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new BadParameterException(
          "from", "from (" + from.get() + ") is after to (" + to.get() + ")");
    }
    String sortName = first(parameters, "sort").orElse("relevance");
    ResultOrder sort =
        ResultOrder.fromParameter(sortName)
            .orElseThrow(
                () ->
                    new BadParameterException(
                        "sort",
                        "sort must be relevance, newest or oldest, not '" + sortName + "'"));
    int size = integer(parameters, "size", SearchQuery.DEFAULT_SIZE, 1, SearchQuery.MAX_SIZE);
    int lastPage = SearchQuery.MAX_RESULT_WINDOW / size;
    int page = integer(parameters, "page", 1, 1, lastPage);
    return new SearchQuery(
        first(parameters, "q").orElse(""), include, exclude, from, to, sort, page, size);
  }

  /**
   * The longest text looked for within a facet's values or as a typeahead prefix. Both become a
   * regular expression the node must compile: a long one takes it longer than the client waits, and
   * no name is this long.
   */
  static final int MAX_NAME_TEXT = 200;

  /** {@code within_person=zel}: look for values containing that text in one facet. */
  /** {@code spelling=as-typed} searches the text exactly as typed, never respelled. */
  static ArticleSearch.Spelling spelling(MultivaluedMap<String, String> parameters) {
    return first(parameters, SPELLING).filter(AS_TYPED::equals).isPresent()
        ? ArticleSearch.Spelling.AS_TYPED
        : ArticleSearch.Spelling.CORRECTED;
  }

  static final String SPELLING = "spelling";
  static final String AS_TYPED = "as-typed";

  static FacetOptions facetOptions(MultivaluedMap<String, String> parameters) {
    Map<Facet, String> within = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      String name = "within_" + facet.parameter();
      first(parameters, name).ifPresent(v -> within.put(facet, nameText(name, v)));
    }
    return new FacetOptions(within);
  }

  /** A name or the start of one, refused with a reason when longer than any name. */
  static String nameText(String parameter, String value) {
    if (value.strip().length() > MAX_NAME_TEXT) {
      throw new BadParameterException(
          parameter,
          parameter + " is limited to " + MAX_NAME_TEXT + " characters, not " + value.length());
    }
    return value;
  }

  private static List<String> values(MultivaluedMap<String, String> parameters, String name) {
    List<String> values = parameters.get(name);
    return values == null ? List.of() : values.stream().map(String::strip).toList();
  }

  private static Optional<String> first(MultivaluedMap<String, String> parameters, String name) {
    return Optional.ofNullable(parameters.getFirst(name)).filter(v -> !v.isBlank());
  }

  private static Optional<LocalDate> date(MultivaluedMap<String, String> parameters, String name) {
    Optional<String> value = first(parameters, name);
    try {
      return value.map(v -> LocalDate.parse(v.strip()));
    } catch (DateTimeParseException e) {
      throw new BadParameterException(
          name, name + " must be a date like 2025-02-24, not '" + value.get() + "'");
    }
  }

  private static int integer(
      MultivaluedMap<String, String> parameters, String name, int fallback, int min, int max) {
    Optional<String> value = first(parameters, name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.get().strip());
      if (number < min || number > max) {
        throw new BadParameterException(
            name, name + " must be between " + min + " and " + max + ", not " + number);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new BadParameterException(
          name, name + " must be a whole number, not '" + value.get() + "'");
    }
  }
}
