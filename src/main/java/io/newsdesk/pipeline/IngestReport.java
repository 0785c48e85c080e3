package io.newsdesk.pipeline;

import java.util.List;

/**
 * What one ingest did, and the answer of {@code POST /api/ingest}: a result per file, or per
 * article of a multi-article file, and the milliseconds each step took.
 */
public record IngestReport(List<IngestResult> results, StepTimes tookMs) {}
