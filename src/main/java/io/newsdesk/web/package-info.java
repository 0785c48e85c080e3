/**
 * The pages (Qute templates beside their resources) and the JSON API. Each request talks to one
 * service of {@code search}, {@code saved}, {@code stories}, {@code pipeline} or {@code feeds};
 * nothing here knows Elasticsearch or the {@code index} package, and failures become clear pages or
 * JSON errors ({@code ErrorResponses}).
 */
package io.newsdesk.web;
