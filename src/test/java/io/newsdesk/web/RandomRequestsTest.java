package io.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.TestArticles;
import io.newsdesk.index.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of random requests to every page and API, with random parameters and values (long,
 * many, hostile, malformed), against the real node: none may get a 5xx. Seeded, so a failure can be
 * replayed with {@code -Dnewsdesk.random-requests.seed=...}.
 */
@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class RandomRequestsTest {

  private static final int REQUESTS = 5_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject ArticleIndex index;

  @TestHTTPResource("/")
  URL base;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @Test
  @Timeout(900)
  void noRandomRequestGetsAServerError() throws Exception {
    long seed = Long.getLong("newsdesk.random-requests.seed", 20261202L);
    SplittableRandom random = new SplittableRandom(seed);
    List<String> ids = new ArrayList<>();
    String outlet = TestArticles.unique("random-requests");
    ids.add(
        TestArticles.index(
            index, TestArticles.about(outlet, "Ferry strike on the Orrin line", "Mara Vintrell")));
    ids.add(TestArticles.index(index, outlet, "Lighthouse keepers vote on new rota"));
    String csrf =
        JSON.readTree(send(HttpRequest.newBuilder(uri("/api/saved-searches")).GET()).body())
            .get("csrf_token")
            .asText();
    RandomRequests requests = new RandomRequests(random, ids, csrf);

    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    for (int n = 0; n < REQUESTS; n++) {
      RandomRequests.Request request = requests.next();
      HttpResponse<String> response;
      try {
        response = send(request.build(base));
      } catch (IOException noAnswer) {
        failures.add("no answer (" + noAnswer + ") " + request.describe());
        continue;
      }
      if (response.statusCode() >= 500) {
        failures.add(
            response.statusCode()
                + " "
                + request.describe()
                + " -> "
                + response.body().substring(0, Math.min(300, response.body().length())));
      }
    }
    System.out.printf(
        "RandomRequestsTest: %d requests (seed %d) in %d s%n",
        REQUESTS, seed, Duration.ofNanos(System.nanoTime() - start).toSeconds());
    assertThat(failures).as("requests answered 5xx (seed %d)", seed).isEmpty();
  }

  private URI uri(String path) {
    return URI.create(base.toString()).resolve(path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(
        request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
