package io.newsdesk;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A data folder of its own for tests that check which articles make one story: articles other tests
 * leave in the shared folder (and the healing places later) can bridge two stories of the sample
 * corpus. Quarkus orders test classes by profile, so it starts once for all the tests using it.
 */
public class OwnStories implements QuarkusTestProfile {

  private static final String FOLDER = "target/own-stories-" + System.currentTimeMillis();

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of("newsdesk.data-dir", FOLDER, "newsdesk.sample-data", "false");
  }
}
