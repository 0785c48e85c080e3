package io.newsdesk.saved;

import io.newsdesk.search.Facet;
import io.newsdesk.search.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A search put into words: a short name to suggest, and its filters as a reader would say them. */
final class SearchWording {

  static final int MAX_NAME = 200;
  private static final int SUGGESTED_LENGTH = 80;

  private static final Map<Facet, String> PLURALS =
      Map.of(
          Facet.PERSON, "people",
          Facet.ORGANIZATION, "organisations",
          Facet.PLACE, "places",
          Facet.OUTLET, "outlets");

  private SearchWording() {}

  /** E.g. {@code strike · Jana Novak · in Harbour Gazette · not Port Authority}. */
  static String name(SearchQuery query) {
    List<String> parts = new ArrayList<>();
    if (!query.text().isBlank()) {
      parts.add(query.text().strip());
    }
    for (Facet facet : List.of(Facet.PERSON, Facet.ORGANIZATION, Facet.PLACE)) {
      if (!query.included(facet).isEmpty()) {
        parts.add(String.join(" or ", query.included(facet)));
      }
    }
    if (!query.included(Facet.OUTLET).isEmpty()) {
      parts.add("in " + String.join(" or ", query.included(Facet.OUTLET)));
    }
    for (Facet facet : Facet.values()) {
      query.excluded(facet).forEach(value -> parts.add("not " + value));
    }
    dates(query).ifPresent(parts::add);
    String name = parts.isEmpty() ? "All articles" : String.join(" · ", parts);
    return name.length() <= SUGGESTED_LENGTH
        ? name
        : name.substring(0, SUGGESTED_LENGTH - 1).strip() + "…";
  }

  /** E.g. {@code Words: strike; people: Jana Novak; outlets: Harbour Gazette; newest first}. */
  static String describe(SearchQuery query) {
    List<String> parts = new ArrayList<>();
    if (!query.text().isBlank()) {
      parts.add("words: " + query.text().strip());
    }
    for (Facet facet : Facet.values()) {
      if (!query.included(facet).isEmpty()) {
        parts.add(PLURALS.get(facet) + ": " + String.join(" or ", query.included(facet)));
      }
    }
    for (Facet facet : Facet.values()) {
      if (!query.excluded(facet).isEmpty()) {
        parts.add("no " + PLURALS.get(facet) + ": " + String.join(", ", query.excluded(facet)));
      }
    }
    dates(query).ifPresent(dates -> parts.add("published " + dates));
    switch (query.sort()) {
      case NEWEST -> parts.add("newest first");
      case OLDEST -> parts.add("oldest first");
      case RELEVANCE -> {}
    }
    String words = parts.isEmpty() ? "every article" : String.join("; ", parts);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** A name as typed, made safe to keep: no control characters, not blank, not too long. */
  static String cleanName(String typed, SearchQuery query) {
    String name = typed == null ? "" : typed.replaceAll("\\p{Cntrl}", " ").strip();
    if (name.isEmpty()) {
      return name(query);
    }
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME).strip();
  }

  private static Optional<String> dates(SearchQuery query) {
    if (query.from().isPresent() && query.to().isPresent()) {
      return Optional.of(query.from().get() + " to " + query.to().get());
    }
    return query.from().map(from -> "since " + from).or(() -> query.to().map(to -> "until " + to));
  }
}
