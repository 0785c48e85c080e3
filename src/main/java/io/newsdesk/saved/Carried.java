package io.newsdesk.saved;

/** What a carry link moved into the browser that used it. */
public record Carried(int searches, int stars) {}
