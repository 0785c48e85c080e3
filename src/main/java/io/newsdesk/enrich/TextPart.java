package io.newsdesk.enrich;

/** Which part of an {@link io.newsdesk.article.ArticleDraft} a piece of text comes from. */
public enum TextPart {
  TITLE,
  PARAGRAPH,
  CAPTION,
  /** A byline, copyright or agency line set apart from the text: names here are credits. */
  NOTICE
}
