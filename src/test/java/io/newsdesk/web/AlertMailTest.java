package io.newsdesk.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.ElasticsearchTestResource;
import io.newsdesk.MailProfile;
import io.newsdesk.MailServer;
import io.newsdesk.TestArticles;
import io.newsdesk.index.ArticleIndex;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Alert mails through a real SMTP server: confirmation, digests, unsubscribe, a server down. */
@QuarkusTest
@TestProfile(MailProfile.class)
@QuarkusTestResource(ElasticsearchTestResource.class)
class AlertMailTest {

  private static final Pattern CONFIRM =
      Pattern.compile(Pattern.quote(MailProfile.PUBLIC_URL) + "/alerts/confirm/[A-Za-z0-9_-]{43}");
  private static final Pattern UNSUBSCRIBE =
      Pattern.compile(
          Pattern.quote(MailProfile.PUBLIC_URL) + "/alerts/unsubscribe/[A-Za-z0-9_-]{43}");

  @Inject ArticleIndex articles;

  @AfterEach
  void serverUp() {
    MailServer.up();
  }

  @Test
  void aConfirmedAlertMailsEachNewMatchOnceAndNothingOlderThanTheSubscription() throws Exception {
    String word = word();
    String outlet = TestArticles.unique("Quayside Ledger");
    String before = TestArticles.index(articles, outlet, "Before the alert " + word);
    SavedSearchesApiTest.Script script = SavedSearchesApiTest.Script.start();
    String search = save(script, word);
    String email = email();

    JsonPath alert =
        putAlert(script, search, email, "immediate").then().statusCode(200).extract().jsonPath();
    assertThat(alert.getString("frequency")).isEqualTo("immediate");
    assertThat(alert.getBoolean("confirmed")).isFalse();
    assertThat(alert.getString("confirmation_sent")).isNotNull();
    List<MimeMessage> mails = MailServer.receivedBy(email);
    assertThat(mails).hasSize(1);
    Map<String, String> confirmation = parts(mails.get(0));
    assertThat(mails.get(0).getSubject()).contains("Confirm").contains(word);
    assertThat(mails.get(0).getHeader("List-Unsubscribe")[0]).matches("<" + UNSUBSCRIBE + ">");
    String confirmLink = find(CONFIRM, confirmation.get("text/plain"));
    assertThat(confirmation.get("text/html")).contains(confirmLink);

    String waiting = TestArticles.index(articles, outlet, "While unconfirmed " + word);
    assertThat(run().getInt("digests")).isZero();
    assertThat(MailServer.receivedBy(email)).as("nothing but the confirmation yet").hasSize(1);

    given()
        .get(local(confirmLink))
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString(word))
        .body(org.hamcrest.Matchers.containsString("action=\"" + local(confirmLink) + "\""));
    given()
        .post(local(confirmLink))
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("Alert confirmed"));

    assertThat(run().getInt("digests")).isEqualTo(1);
    mails = MailServer.receivedBy(email);
    assertThat(mails).hasSize(2);
    MimeMessage digest = mails.get(1);
    assertThat(digest.getSubject()).isEqualTo("1 new match for “" + word + "”");
    assertThat(digest.getHeader("List-Unsubscribe")[0]).matches("<" + UNSUBSCRIBE + ">");
    assertThat(digest.getHeader("List-Unsubscribe-Post")[0])
        .isEqualTo("List-Unsubscribe=One-Click");
    Map<String, String> body = parts(digest);
    assertThat(body.get("text/html"))
        .contains("While unconfirmed <mark>" + word + "</mark>")
        .contains(outlet)
        .contains("2025-03-14")
        .contains(MailProfile.PUBLIC_URL + "/articles/" + waiting + "?q=" + word)
        .contains(MailProfile.PUBLIC_URL + "/saved/" + search + "/open")
        .doesNotContain(before);
    assertThat(body.get("text/plain"))
        .contains("While unconfirmed " + word)
        .contains(outlet)
        .contains("2025-03-14")
        .doesNotContain("Before the alert");
    assertThat(find(UNSUBSCRIBE, body.get("text/plain"))).isNotBlank();

    assertThat(run().getInt("digests")).as("nothing new, nothing sent").isZero();
    assertThat(MailServer.receivedBy(email)).hasSize(2);

    String next = TestArticles.index(articles, outlet, "Later still " + word);
    assertThat(run().getInt("digests")).isEqualTo(1);
    mails = MailServer.receivedBy(email);
    assertThat(mails).hasSize(3);
    assertThat(parts(mails.get(2)).get("text/html"))
        .contains(next)
        .doesNotContain(waiting)
        .doesNotContain(before);
  }

  @Test
  void aSecondAlertToTheSameAddressWithinTheHourGetsNoSecondConfirmation() throws Exception {
    SavedSearchesApiTest.Script script = SavedSearchesApiTest.Script.start();
    SavedSearchesApiTest.Script stranger = SavedSearchesApiTest.Script.start();
    String email = email();
    putAlert(script, save(script, word()), email, "daily").then().statusCode(200);
    JsonPath second =
        putAlert(stranger, save(stranger, word()), email.toUpperCase(), "weekly")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(second.getString("confirmation_sent")).isNull();
    run();
    assertThat(MailServer.receivedBy(email)).hasSize(1);
  }

  @Test
  void theMailsUnsubscribeLinkShowsAPageAndItsButtonStopsTheAlert() throws Exception {
    Subscribed alert = subscribed();
    String link = find(UNSUBSCRIBE, parts(alert.confirmation()).get("text/plain"));

    assertThat(PageChecks.htmlErrors(given().get(local(link)).asString())).isEmpty();
    given()
        .get(local(link))
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString(alert.word()))
        .body(org.hamcrest.Matchers.containsString("action=\"" + local(link) + "\""));
    given()
        .post(local(link))
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("Unsubscribed"));

    TestArticles.index(articles, TestArticles.unique("Outlet"), "After leaving " + alert.word());
    run();
    assertThat(MailServer.receivedBy(alert.email())).hasSize(1);
    given()
        .get(local(link))
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.containsString("Unsubscribed"));
  }

  @Test
  void aOneClickPostFromAMailClientUnsubscribesWithoutTheCookie() throws Exception {
    Subscribed alert = subscribed();
    String header = alert.confirmation().getHeader("List-Unsubscribe")[0];
    String link = header.substring(1, header.length() - 1);

    given()
        .contentType("application/x-www-form-urlencoded")
        .formParam("List-Unsubscribe", "One-Click")
        .post(local(link))
        .then()
        .statusCode(200);

    TestArticles.index(articles, TestArticles.unique("Outlet"), "After one click " + alert.word());
    run();
    assertThat(MailServer.receivedBy(alert.email())).hasSize(1);
  }

  @Test
  void aDigestTheServerRefusedIsSentOnceWhenItIsBack() throws Exception {
    Subscribed alert = subscribed();
    String link = find(CONFIRM, parts(alert.confirmation()).get("text/plain"));
    given().post(local(link)).then().statusCode(200);
    String id = TestArticles.index(articles, TestArticles.unique("Outlet"), "Held " + alert.word());

    MailServer.down();
    JsonPath failed = run();
    assertThat(failed.getInt("failed")).isGreaterThanOrEqualTo(1);
    assertThat(failed.getInt("digests")).isZero();
    MailServer.up();

    // The digest stays due until a run sends it: a run that finds the server not yet taking mail
    // leaves it to the next.
    int sent = 0;
    for (int attempt = 0; attempt < 3 && sent == 0; attempt++) {
      sent = run().getInt("digests");
    }
    assertThat(sent).isGreaterThanOrEqualTo(1);
    run();
    List<MimeMessage> mails = MailServer.receivedBy(alert.email());
    assertThat(mails).hasSize(1);
    assertThat(parts(mails.get(0)).get("text/html")).contains(id).contains("Held");
  }

  @Test
  void badAddressesAndFrequenciesAreRefusedClearly() {
    SavedSearchesApiTest.Script script = SavedSearchesApiTest.Script.start();
    String search = save(script, word());
    putAlert(script, search, "not an address", "daily")
        .then()
        .statusCode(400)
        .body("parameter", org.hamcrest.Matchers.equalTo("email"));
    putAlert(script, search, email(), "hourly")
        .then()
        .statusCode(400)
        .body("parameter", org.hamcrest.Matchers.equalTo("frequency"));
    given()
        .contentType("application/json")
        .body(Map.of("email", email(), "frequency", "daily"))
        .put("/api/saved-searches/" + search + "/alert")
        .then()
        .statusCode(403);
  }

  @Test
  void theSavedPageSetsAnAlertThroughItsForm() throws Exception {
    SavedSearchesApiTest.Script script = SavedSearchesApiTest.Script.start();
    String search = save(script, word());
    String page =
        given()
            .cookie(OwnerCookie.NAME, script.cookie())
            .get("/saved")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(PageChecks.htmlErrors(page)).isEmpty();
    assertThat(page)
        .contains("id=\"alert-" + search + "\"")
        .contains("action=\"/saved/" + search + "/alert\"");
    String email = email();
    given()
        .cookie(OwnerCookie.NAME, script.cookie())
        .redirects()
        .follow(false)
        .formParam(Csrf.FIELD, script.csrf())
        .formParam("email", email)
        .formParam("frequency", "weekly")
        .post("/saved/" + search + "/alert")
        .then()
        .statusCode(303);
    assertThat(MailServer.receivedBy(email)).hasSize(1);
    String after =
        given()
            .cookie(OwnerCookie.NAME, script.cookie())
            .get("/saved")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(after).contains("Mailed weekly to " + email).contains("follow the link mailed");
    given()
        .cookie(OwnerCookie.NAME, script.cookie())
        .redirects()
        .follow(false)
        .formParam("email", email)
        .formParam("frequency", "daily")
        .post("/saved/" + search + "/alert")
        .then()
        .statusCode(403);
  }

  /** A saved search with an immediate alert whose confirmation mail arrived. */
  record Subscribed(String word, String email, MimeMessage confirmation) {}

  private Subscribed subscribed() {
    SavedSearchesApiTest.Script script = SavedSearchesApiTest.Script.start();
    String word = word();
    String email = email();
    putAlert(script, save(script, word), email, "immediate").then().statusCode(200);
    List<MimeMessage> mails = MailServer.receivedBy(email);
    assertThat(mails).hasSize(1);
    return new Subscribed(word, email, mails.get(0));
  }

  private static String save(SavedSearchesApiTest.Script script, String word) {
    Response created =
        script
            .request()
            .body(Map.of("name", word, "query", Map.of("q", word)))
            .post("/api/saved-searches");
    created.then().statusCode(201);
    return created.jsonPath().getString("id");
  }

  private static Response putAlert(
      SavedSearchesApiTest.Script script, String id, String email, String frequency) {
    return script
        .request()
        .body(Map.of("email", email, "frequency", frequency))
        .put("/api/saved-searches/" + id + "/alert");
  }

  private static JsonPath run() {
    return given()
        .header("Authorization", "Bearer test-admin-token")
        .post("/api/alerts/run")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** A made-up word no other test uses, letters only so no analyzer splits it. */
  private static String word() {
    StringBuilder word = new StringBuilder("zorv");
    UUID.randomUUID()
        .toString()
        .chars()
        .filter(Character::isLetterOrDigit)
        .limit(10)
        .forEach(c -> word.append((char) ('a' + c % 26)));
    return word.toString();
  }

  private static String email() {
    return "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  private static String local(String link) {
    return link.substring(MailProfile.PUBLIC_URL.length());
  }

  private static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
    return matcher.group();
  }

  /** The decoded text of each part of a mail, by content type. */
  private static Map<String, String> parts(MimeMessage message) throws Exception {
    Map<String, String> parts = new java.util.HashMap<>();
    Object content = message.getContent();
    if (content instanceof MimeMultipart multipart) {
      collect(multipart, parts);
    } else {
      parts.put(message.getContentType().split(";")[0].strip(), content.toString());
    }
    return parts;
  }

  private static void collect(MimeMultipart multipart, Map<String, String> parts) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      Object content = part.getContent();
      if (content instanceof MimeMultipart nested) {
        collect(nested, parts);
      } else {
        parts.put(part.getContentType().split(";")[0].strip().toLowerCase(), content.toString());
      }
    }
  }
}
