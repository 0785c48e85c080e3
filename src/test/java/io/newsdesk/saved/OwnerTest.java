package io.newsdesk.saved;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnerTest {

  @Test
  void newOwnersHaveDistinctWellFormedTokens() {
    Owner one = Owner.create();
    Owner two = Owner.create();

    assertThat(one.token()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two.token());
    assertThat(Owner.fromToken(one.token())).contains(one);
  }

  @Test
  void malformedCookieValuesNameNoOwner() {
    assertThat(Owner.fromToken(null)).isEmpty();
    assertThat(Owner.fromToken("")).isEmpty();
    assertThat(Owner.fromToken("short")).isEmpty();
    assertThat(Owner.fromToken("a".repeat(42) + "!")).isEmpty();
  }

  @Test
  void csrfTokenIsAcceptedOnlyForItsOwner() {
    Owner one = Owner.create();
    Owner two = Owner.create();

    assertThat(one.acceptsCsrfToken(one.csrfToken())).isTrue();
    assertThat(one.acceptsCsrfToken(two.csrfToken())).isFalse();
    assertThat(one.acceptsCsrfToken(null)).isFalse();
    assertThat(one.acceptsCsrfToken("")).isFalse();
  }

  @Test
  void storedKeyIsAHashNotTheToken() {
    Owner owner = Owner.create();

    assertThat(owner.key()).hasSize(64).doesNotContain(owner.token());
    assertThat(owner.toString()).doesNotContain(owner.token());
  }
}
