package io.newsdesk.article;

/** The kinds of named entity the portal facets on. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  PLACE
}
