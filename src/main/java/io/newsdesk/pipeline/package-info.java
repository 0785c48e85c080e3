/**
 * One batch from input to index ({@link io.newsdesk.pipeline.IngestPipeline}): read, enrich, index,
 * then the steps after indexing ({@link io.newsdesk.pipeline.AfterIndexing}: entities registered,
 * renames applied, stories placed), each recorded on the articles so that {@link
 * io.newsdesk.pipeline.Healing} finishes what a crash left undone; sample data at start, and
 * re-processing after a curation.
 */
package io.newsdesk.pipeline;
