package io.newsdesk.web;

import io.newsdesk.NewsdeskConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** The admin token of the configuration, and the one way to check a candidate against it. */
final class AdminToken {

  private AdminToken() {}

  /** The configured token; empty when none is, and every write is refused. */
  static Optional<String> configured(NewsdeskConfig config) {
    return config.adminToken().filter(token -> !token.isBlank());
  }

  /** Constant-time: the token must not leak through response timing. */
  static boolean matches(String expected, String candidate) {
    return candidate != null
        && MessageDigest.isEqual(
            candidate.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
