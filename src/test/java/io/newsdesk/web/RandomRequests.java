package io.newsdesk.web;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/** Random requests over every page and API of the portal: addresses, parameters and bodies. */
final class RandomRequests {

  private static final List<String> GET_PATHS =
      List.of(
          "/",
          "/search",
          "/api/search",
          "/sources",
          "/api/sources",
          "/stories",
          "/api/stories",
          "/stories/{}",
          "/api/stories/{}",
          "/articles/{}",
          "/api/articles/{}",
          "/entities/{type}/{}",
          "/api/entities/{type}/{}",
          "/api/suggest",
          "/saved",
          "/starred",
          "/api/saved-searches",
          "/api/saved-searches/{}",
          "/feeds/{}.atom",
          "/api/feeds",
          "/admin/ingest",
          "/saved/{}/open",
          "/carry/{}",
          "/q/health",
          "/{}");

  private static final List<String> POST_PATHS =
      List.of(
          "/api/ingest",
          "/admin/ingest",
          "/api/saved-searches",
          "/saved",
          "/saved/{}/rename",
          "/saved/{}/update",
          "/saved/{}/delete",
          "/saved/carry",
          "/saved/carry/revoke",
          "/carry/{}",
          "/starred",
          "/starred/remove",
          "/api/entities/curation");

  private static final List<String> PARAMETERS =
      List.of(
          "q",
          "person",
          "organization",
          "place",
          "outlet",
          "not_person",
          "not_organization",
          "not_place",
          "not_outlet",
          "from",
          "to",
          "sort",
          "page",
          "size",
          "within_person",
          "within_organization",
          "within_place",
          "within_outlet",
          "prefix",
          "id",
          "name",
          "article",
          "return",
          "csrf_token",
          "zz");

  private static final List<String> WORDS =
      List.of(
          "ferry",
          "strike",
          "lighthouse",
          "Mara",
          "Vintrell",
          "Orrin",
          "OR",
          "AND",
          "NOT",
          "-",
          "\"",
          "*",
          "keepers",
          "rota",
          "économie",
          "Zürich",
          "Київ",
          "東京",
          "😀",
          "'s",
          "e.g.");

  private static final String HOSTILE = "\\\"*?~()[]{}:/^$.|+-!&<>%#'`=;,@\u0000\u0007\u200b\u202e";

  private static final int MAX_QUERY = 60_000;

  private final SplittableRandom random;
  private final List<String> ids;
  private final String csrf;

  RandomRequests(SplittableRandom random, List<String> ids, String csrf) {
    this.random = random;
    this.ids = ids;
    this.csrf = csrf;
  }

  /** One request to make. */
  record Request(
      String method, String pathAndQuery, String contentType, String body, boolean admin) {

    Request(String method, String pathAndQuery, String contentType, String body) {
      this(method, pathAndQuery, contentType, body, false);
    }

    HttpRequest.Builder build(URL base) {
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + pathAndQuery));
      if (contentType != null) {
        builder.header("Content-Type", contentType);
      }
      if (admin) {
        builder.header("Authorization", "Bearer test-admin-token");
      }
      return builder
          .header("Sec-Fetch-Site", "same-origin")
          .method(
              method,
              body == null
                  ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    String describe() {
      String shown =
          pathAndQuery.length() > 300 ? pathAndQuery.substring(0, 300) + "…" : pathAndQuery;
      return method + " " + shown + (body == null ? "" : " (body " + body.length() + " chars)");
    }
  }

  Request next() {
    int kind = random.nextInt(100);
    if (kind < 80) {
      String path = path(pick(GET_PATHS));
      return new Request("GET", path + query(MAX_QUERY - path.length()), null, null);
    }
    if (kind < 88) {
      return form(path(pick(POST_PATHS)));
    }
    if (kind < 94) {
      return json(
          kind < 91 ? "POST" : "PUT",
          kind < 91 ? "/api/saved-searches" : path("/api/saved-searches/{}"));
    }
    if (kind < 96) {
      return new Request("DELETE", path("/api/saved-searches/{}"), null, null);
    }
    return ingest();
  }

  private Request form(String path) {
    StringJoiner form = new StringJoiner("&");
    if (random.nextInt(4) > 0) {
      form.add("csrf_token=" + RandomRequestsTest.encode(random.nextInt(5) > 0 ? csrf : value()));
    }
    for (int i = random.nextInt(6); i > 0; i--) {
      form.add(
          RandomRequestsTest.encode(pick(PARAMETERS)) + "=" + RandomRequestsTest.encode(value()));
    }
    return new Request(
        "POST", path, "application/x-www-form-urlencoded", form.toString(), random.nextBoolean());
  }

  private Request json(String method, String path) {
    String body =
        switch (random.nextInt(4)) {
          case 0 -> value();
          case 1 -> "{\"name\":" + quoted(value()) + "}";
          case 2 -> "{\"name\":" + quoted(value()) + ",\"query\":{\"q\":" + quoted(value()) + "}}";
          default ->
              "{\"name\":"
                  + quoted(value())
                  + ",\"query\":{\"person\":["
                  + quoted(value())
                  + "],\"page\":"
                  + number()
                  + "},\"version\":"
                  + number()
                  + "}";
        };
    return new Request(
        method, path + "?csrf_token=" + RandomRequestsTest.encode(csrf), "application/json", body);
  }

  /** Ingest with the test admin token (or a wrong one): a small random file. */
  private Request ingest() {
    String boundary = "random-requests-boundary";
    String name =
        random.nextBoolean()
            ? "random.txt"
            : "random" + pick(List.of(".html", ".jsonl", ".xml", ".json", ""));
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name.replace("\"", "")
            + "\"\r\n\r\n"
            + value()
            + "\r\n--"
            + boundary
            + "--\r\n";
    return new Request(
        "POST",
        "/api/ingest",
        "multipart/form-data; boundary=" + boundary,
        body,
        random.nextInt(5) > 0);
  }

  private String path(String template) {
    String type = pick(List.of("person", "organization", "place", "outlet", value()));
    String segment =
        random.nextInt(3) == 0 ? pick(ids) : RandomRequestsTest.encode(value()).replace("+", "%20");
    if (segment.length() > MAX_QUERY / 2) {
      segment = segment.substring(0, MAX_QUERY / 2).replaceAll("%[0-9A-F]?$", "");
    }
    return template.replace("{type}", RandomRequestsTest.encode(type)).replace("{}", segment);
  }

  private String query(int limit) {
    StringJoiner query = new StringJoiner("&", "?", "");
    for (int i = random.nextInt(7); i > 0; i--) {
      String name = pick(PARAMETERS);
      int repeats = random.nextInt(20) == 0 ? 1 + random.nextInt(300) : 1;
      for (int r = 0; r < repeats; r++) {
        String pair = RandomRequestsTest.encode(name) + "=" + encodedValue();
        // Within the longest request line the portal takes: beyond it the connection is refused.
        if (query.length() + pair.length() > limit) {
          return query.toString();
        }
        query.add(pair);
      }
    }
    return query.toString();
  }

  /** Mostly text; sometimes escapes of bytes that are not UTF-8. */
  private String encodedValue() {
    return random.nextInt(30) == 0 ? "%FF%FE%C3" : RandomRequestsTest.encode(value());
  }

  String value() {
    return switch (random.nextInt(12)) {
      case 0 -> "";
      case 1 -> " ";
      case 2 -> repeat(pick(WORDS) + " ", 1 + random.nextInt(3000));
      case 3 ->
          repeat(String.valueOf((char) ('a' + random.nextInt(26))), 1 + random.nextInt(10_000));
      case 4 -> hostile(1 + random.nextInt(200));
      case 5 -> number();
      case 6 ->
          pick(
              List.of(
                  "2025-02-24",
                  "2025-13-45",
                  "0000-00-00",
                  "9999-12-31",
                  "-999999999-01-01",
                  "yesterday"));
      case 7 -> pick(List.of("relevance", "newest", "oldest", "RELEVANCE", "random"));
      case 8 -> pick(ids);
      default -> words(1 + random.nextInt(8));
    };
  }

  private String words(int count) {
    StringJoiner words = new StringJoiner(" ");
    for (int i = 0; i < count; i++) {
      words.add(
          random.nextInt(4) == 0 ? hostile(1 + random.nextInt(4)) + pick(WORDS) : pick(WORDS));
    }
    return words.toString();
  }

  private String hostile(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
    }
    return text.toString();
  }

  private String number() {
    return pick(
        List.of(
            "0",
            "-1",
            "1",
            "2",
            "100",
            "101",
            "10000",
            "99999999999",
            "1e9",
            "NaN",
            "0x10",
            "3.5"));
  }

  private static String quoted(String text) {
    StringBuilder json = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                json.append('\\').appendCodePoint(c);
              } else if (c < 0x20) {
                json.append(String.format("\\u%04x", c));
              } else {
                json.appendCodePoint(c);
              }
            });
    return json.append('"').toString();
  }

  private String repeat(String text, int times) {
    return text.repeat(times).substring(0, Math.min(text.length() * times, 12_000));
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}
