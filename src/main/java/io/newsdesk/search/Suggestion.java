package io.newsdesk.search;

/** A typeahead suggestion: a facet value to filter by. */
public record Suggestion(String type, String value) {}
