/**
 * Polls the configured RSS and Atom feeds on a schedule ({@link io.newsdesk.feeds.FeedPoller}),
 * fetches the linked pages of summary-only items, remembers what it has seen and retries failing
 * feeds with back-off; what it reads goes through the ingest pipeline like any upload.
 */
package io.newsdesk.feeds;
