package io.newsdesk.saved;

import java.time.Instant;
import java.util.List;

/**
 * A digest decided on but not yet taken by the mail server. It is stored before the mail is sent,
 * so a retry, even after a restart, sends the same articles, and only once the server took it are
 * they marked as sent.
 *
 * @param upTo the arrivals it covers end here; the next digest starts after it
 * @param articleIds every new match, in arrival order; the first ones are listed, the rest counted
 */
record PendingDigest(Instant upTo, List<String> articleIds) {}
