package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.feeds.FeedSchedule;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(ElasticsearchTestResource.class)
class FeedsApiTest {

  @Inject FeedSchedule feeds;

  @Test
  void aConfiguredFeedThatCannotBeReachedIsListedAsFailingWithItsErrorAndNextAttempt() {
    Instant later = Instant.now().plus(Duration.ofDays(1));
    feeds.pollDue(later);

    JsonPath status =
        IngestApiTest.admin().get("/api/feeds").then().statusCode(200).extract().jsonPath();

    assertThat(status.getList("feeds")).hasSize(1);
    assertThat(status.getString("feeds[0].url")).isEqualTo("http://127.0.0.1:1/closed-feed.xml");
    assertThat(status.getString("feeds[0].state")).isEqualTo("failing");
    assertThat(status.getString("feeds[0].error")).startsWith("could not connect");
    assertThat(status.getInt("feeds[0].failures")).isPositive();
    assertThat(Instant.parse(status.getString("feeds[0].last_poll"))).isEqualTo(later);
    assertThat(Instant.parse(status.getString("feeds[0].next_attempt"))).isAfter(later);
  }

  @Test
  void theFeedStatusIsForTheAdminOnly() {
    given().get("/api/feeds").then().statusCode(401);
  }
}
