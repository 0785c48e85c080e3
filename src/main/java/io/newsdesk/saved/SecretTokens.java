package io.newsdesk.saved;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Random tokens and the hashes that let the index name a secret without holding it. */
final class SecretTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

  private SecretTokens() {}

  /** 256 random bits, URL-safe: 43 characters. */
  static String secret() {
    return random(32);
  }

  /** Whether a value has the shape of a {@link #secret()}: a cheap refusal before any lookup. */
  static boolean isSecret(String value) {
    return value != null && SECRET.matcher(value).matches();
  }

  /** 96 random bits, URL-safe: 16 characters; identifies without being a secret. */
  static String id() {
    return random(12);
  }

  static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static String hmac(String key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return URL_SAFE.encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /** Compares in constant time, so a guess learns nothing from how long the answer takes. */
  static boolean same(String expected, String candidate) {
    return candidate != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  private static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return URL_SAFE.encodeToString(value);
  }
}
