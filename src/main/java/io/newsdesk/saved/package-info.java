/**
 * What a reader keeps: saved searches, stars, carry links and email alerts, each owned by a browser
 * token ({@link io.newsdesk.saved.Owner}) and written with optimistic concurrency through the
 * feature's own store ({@link io.newsdesk.saved.SavedStore}, {@link
 * io.newsdesk.saved.DocumentStore}). {@link io.newsdesk.saved.PersonalSearch} and {@link
 * io.newsdesk.saved.PersonalReading} serve the search and article pages: results or an article
 * together with what the reader saved of them.
 */
package io.newsdesk.saved;
