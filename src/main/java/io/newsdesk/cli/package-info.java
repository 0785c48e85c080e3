/**
 * The {@code ingest} and {@code export} command lines ({@link io.newsdesk.cli.IngestCommand},
 * {@link io.newsdesk.cli.ExportCommand}): picocli programs that talk to a running portal over HTTP,
 * with a progress bar; they start neither Quarkus nor Elasticsearch.
 */
package io.newsdesk.cli;
