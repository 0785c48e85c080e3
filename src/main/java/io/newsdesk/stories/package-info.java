/**
 * Stories: which articles report one event, and how (copy, rewrite, own coverage). {@link
 * io.newsdesk.stories.Stories} is the entry point; {@link io.newsdesk.stories.StoryPlacer} places
 * each new article by comparing it with candidates the feature's stores find ({@link
 * io.newsdesk.stories.CandidateStore}, {@link io.newsdesk.stories.ArticleStore}, {@link
 * io.newsdesk.stories.StoryStore}), then {@link io.newsdesk.stories.StoryRegrouping} places the
 * stories a batch touched again in publication order, so the order of arrival does not decide, and
 * {@link io.newsdesk.stories.StorySplit} parts a story that is two events years apart; MinHash
 * fingerprints and shingles tell copies and rewrites.
 */
package io.newsdesk.stories;
