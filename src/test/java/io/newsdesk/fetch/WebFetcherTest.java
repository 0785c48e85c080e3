package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.LoopbackServer;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebFetcherTest {

  private final LoopbackServer server = LoopbackServer.start();
  private final WebFetcher fetcher = new WebFetcher(Duration.ofMillis(800), 1000);

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aBodyGivesItsBytesAndTheValidatorsForTheNextRequest() throws Exception {
    server.answer(
        "/page",
        exchange -> {
          exchange.getResponseHeaders().set("ETag", "\"abc\"");
          LoopbackServer.send(exchange, 200, "text/html", "<p>hello</p>");
        });

    WebFetcher.Fetched fetched = fetcher.get(server.uri("/page"));

    assertThat(fetched).isInstanceOf(WebFetcher.Fetched.Body.class);
    WebFetcher.Fetched.Body body = (WebFetcher.Fetched.Body) fetched;
    assertThat(new String(body.bytes())).isEqualTo("<p>hello</p>");
    assertThat(body.validators().etag()).contains("\"abc\"");
    assertThat(body.contentType()).contains("text/html");
  }

  @Test
  void a304ToAConditionalRequestIsNotModified() throws Exception {
    server.answer("/feed", exchange -> LoopbackServer.send(exchange, 304, "text/xml", ""));

    WebFetcher.Fetched fetched =
        fetcher.get(
            server.uri("/feed"),
            new WebFetcher.Validators(Optional.of("\"abc\""), Optional.empty()));

    assertThat(fetched).isInstanceOf(WebFetcher.Fetched.NotModified.class);
    assertThat(server.requests("/feed").get(0).getFirst("If-None-Match")).isEqualTo("\"abc\"");
  }

  @Test
  void aBodyOverTheLimitIsRefusedWhetherItsLengthIsDeclaredOrNot() {
    server.serve("/declared", "text/html", "x".repeat(5000));
    server.answer(
        "/chunked",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          try (OutputStream out = exchange.getResponseBody()) {
            for (int i = 0; i < 50; i++) {
              out.write("y".repeat(100).getBytes());
              out.flush();
            }
          }
        });

    assertThatThrownBy(() -> fetcher.get(server.uri("/declared")))
        .hasMessage("larger than the limit of 1000 bytes");
    assertThatThrownBy(() -> fetcher.get(server.uri("/chunked")))
        .hasMessage("larger than the limit of 1000 bytes");
  }

  @Test
  void aSlowAnswerTimesOutAndAnErrorStatusIsAFailure() {
    server.answer(
        "/slow",
        exchange -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          LoopbackServer.send(exchange, 200, "text/html", "late");
        });
    server.answer("/broken", exchange -> LoopbackServer.send(exchange, 502, "text/plain", "bad"));

    assertThatThrownBy(() -> fetcher.get(server.uri("/slow"))).hasMessage("timed out after 800 ms");
    assertThatThrownBy(() -> fetcher.get(server.uri("/broken"))).hasMessage("answered HTTP 502");
  }

  @Test
  void onlyWebAddressesAreFetched() {
    assertThatThrownBy(() -> fetcher.get(URI.create("file:///etc/passwd")))
        .hasMessageStartingWith("not an http or https address");
  }
}
