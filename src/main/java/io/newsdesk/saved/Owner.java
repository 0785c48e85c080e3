package io.newsdesk.saved;

import java.util.Optional;

/**
 * Whoever holds one browser's secret owner token: there are no accounts. Stored documents name the
 * owner by a hash of the token, so the index never holds what a cookie would need.
 */
public final class Owner {

  private final String token;

  private Owner(String token) {
    this.token = token;
  }

  /** A new identity, for a browser's first save. */
  public static Owner create() {
    return new Owner(SecretTokens.secret());
  }

  /** The owner a cookie names, if it holds a well-formed token. */
  public static Optional<Owner> fromToken(String token) {
    return Optional.ofNullable(token).filter(SecretTokens::isSecret).map(Owner::new);
  }

  /** The secret to keep in the browser's cookie. */
  public String token() {
    return token;
  }

  /**
   * The anti-CSRF token for this owner's forms and API calls: derived from the secret, so another
   * site can neither read nor compute it.
   */
  public String csrfToken() {
    return SecretTokens.hmac(token, "newsdesk csrf");
  }

  public boolean acceptsCsrfToken(String candidate) {
    return SecretTokens.same(csrfToken(), candidate);
  }

  /** What stored documents name this owner by. */
  String key() {
    return SecretTokens.sha256(token);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Owner that && token.equals(that.token);
  }

  @Override
  public int hashCode() {
    return token.hashCode();
  }

  @Override
  public String toString() {
    return "Owner[" + key().substring(0, 8) + "…]";
  }
}
