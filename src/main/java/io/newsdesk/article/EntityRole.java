package io.newsdesk.article;

/** Why an article names an entity. */
public enum EntityRole {
  /** The story is about it. */
  SUBJECT,
  /** A byline or a photo credit: named, but not what the story is about. */
  CREDIT
}
