/**
 * The readers of the articles index: a {@link io.newsdesk.search.SearchQuery} in, {@link
 * io.newsdesk.search.SearchResults} out ({@link io.newsdesk.search.ArticleSearch}), built by the
 * forgiving query parser and {@link io.newsdesk.search.QueryTranslator}; one article by id ({@link
 * io.newsdesk.search.ArticleLookup}), results by outlet, entity profiles and suggestions, new
 * matches for alerts and feeds, every match for export.
 */
package io.newsdesk.search;
