package io.newsdesk.saved;

/** A stored document as read, with the sequence number and primary term a write must match. */
record Versioned<T>(String id, T document, long seqNo, long primaryTerm) {}
