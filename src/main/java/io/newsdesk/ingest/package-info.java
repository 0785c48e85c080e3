/**
 * Reads plain text, HTML, JSON Lines and feeds into clean {@link io.newsdesk.article.ArticleDraft}s
 * ({@link io.newsdesk.ingest.ArticleReader}): page chrome and notices off, headlines, dates and
 * bylines found, manifests and sidecar metadata applied; bad input is rejected with a reason.
 */
package io.newsdesk.ingest;
