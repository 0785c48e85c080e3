/**
 * Bounded HTTP fetching ({@link io.newsdesk.fetch.WebFetcher}): size and time limits, redirects
 * followed with care, shared by the feeds and the command line.
 */
package io.newsdesk.fetch;
