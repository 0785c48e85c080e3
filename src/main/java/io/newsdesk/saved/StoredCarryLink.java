package io.newsdesk.saved;

import java.time.Instant;

/**
 * An owner's one live carry link, stored under the owner's key so that a new link replaces the old
 * one; only a hash of the link's token is kept.
 */
record StoredCarryLink(String owner, String tokenHash, Instant created, Instant expires) {}
