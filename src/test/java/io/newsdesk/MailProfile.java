package io.newsdesk;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The portal as the alert and export tests need it: a public address, a real SMTP server, retries
 * due at once, export pages small enough to cross a lowered result window, and no clock-driven runs
 * (the tests run alerts through the API, so what they count is what they caused).
 */
public class MailProfile implements QuarkusTestProfile {

  public static final String PUBLIC_URL = "http://newsdesk.test";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "newsdesk.public-url", PUBLIC_URL,
        "newsdesk.alerts.first-retry", "0s",
        "newsdesk.export.page-size", "20",
        "quarkus.scheduler.enabled", "false");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(MailServer.class));
  }
}
