package io.newsdesk.saved;

import io.newsdesk.search.SearchResults.SearchHit;
import java.time.Instant;
import java.util.Optional;

/**
 * An article someone starred.
 *
 * @param article the article as the index has it now; empty once it has been removed
 */
public record StarredArticle(String articleId, Instant starred, Optional<SearchHit> article) {}
