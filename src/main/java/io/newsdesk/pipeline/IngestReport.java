package io.newsdesk.pipeline;

import java.util.List;

/** What one ingest did: a result per input or article, and the time each step took. */
public record IngestReport(List<IngestResult> results, StepTimes tookMs) {}
