package io.newsdesk.enrich;

/** Which part of an {@link io.newsdesk.article.ArticleDraft} a piece of text comes from. */
public enum TextPart {
  TITLE,
  PARAGRAPH,
  CAPTION
}
