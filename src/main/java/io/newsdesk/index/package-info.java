/**
 * The only writer to Elasticsearch: creates the indices from {@code index-mappings/} behind
 * versioned aliases and migrates them ({@link io.newsdesk.index.IndexSchema}), writes articles with
 * the steps still to do after indexing ({@link io.newsdesk.index.ArticleIndex}, {@link
 * io.newsdesk.index.PendingStep}), stories, canonical entities and renames; turns the client's
 * failures into {@link io.newsdesk.BackendUnavailableException} and {@link
 * io.newsdesk.RefusedException} ({@link io.newsdesk.index.ElasticCalls}). Knows only the domain
 * records of {@code article}.
 */
package io.newsdesk.index;
