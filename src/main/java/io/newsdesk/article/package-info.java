/**
 * The domain records every other package shares: an article and its draft, source metadata, entity
 * mentions and canonical entities, name changes, what indexing did ({@link
 * io.newsdesk.article.IndexStatus}), and the {@link io.newsdesk.article.TextEmbedding} seam through
 * which storage embeds text without knowing the model. Plain Java: no framework, no other package.
 */
package io.newsdesk.article;
