package io.newsdesk.saved;

import java.time.Instant;

/**
 * A private link that moves an owner's saved searches and stars to whichever browser opens it.
 *
 * @param token the secret in the link; shown once, only a hash of it is kept
 */
public record CarryLink(String token, Instant expires) {}
