package io.newsdesk.saved;

import io.newsdesk.search.SearchResults.SearchHit;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;
import org.jsoup.Jsoup;

/**
 * The alert mails, each in HTML and plain text with one-click unsubscribe headers (RFC 8058), sent
 * through Quarkus Mailer ({@code quarkus.mailer.*}).
 */
@ApplicationScoped
class AlertMails {

  private static final Logger LOG = Logger.getLogger(AlertMails.class);

  private final Mailer mailer;

  AlertMails(Mailer mailer) {
    this.mailer = mailer;
  }

  /** The mail server was down or refused the mail. */
  static final class NotSent extends Exception {
    NotSent(Throwable cause) {
      super(cause.getMessage(), cause);
    }
  }

  /** One listed match. */
  record Item(
      String titleHtml,
      String title,
      String outlet,
      String published,
      List<String> snippetsHtml,
      List<String> snippets,
      String url) {

    static Item of(SearchHit hit, String url) {
      return new Item(
          hit.titleHtml(),
          hit.title(),
          hit.outlet() == null ? "" : hit.outlet(),
          hit.published() == null ? "" : hit.published().toString(),
          hit.snippets(),
          hit.snippets().stream().map(s -> Jsoup.parse(s).text()).toList(),
          url);
    }
  }

  /** What a digest says. */
  record Digest(
      String searchName,
      String filters,
      List<Item> items,
      int more,
      String searchUrl,
      String unsubscribeUrl) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance confirmationHtml(
        String searchName, String confirmUrl, String unsubscribeUrl);

    static native TemplateInstance confirmationText(
        String searchName, String confirmUrl, String unsubscribeUrl);

    static native TemplateInstance digestHtml(Digest digest);

    static native TemplateInstance digestText(Digest digest);
  }

  void confirmation(String to, String searchName, String confirmUrl, String unsubscribeUrl)
      throws NotSent {
    send(
        to,
        "Confirm your Newsdesk alert for “" + searchName + "”",
        Templates.confirmationHtml(searchName, confirmUrl, unsubscribeUrl).render(),
        Templates.confirmationText(searchName, confirmUrl, unsubscribeUrl).render(),
        unsubscribeUrl);
  }

  void digest(String to, Digest digest) throws NotSent {
    int count = digest.items().size() + digest.more();
    send(
        to,
        count + (count == 1 ? " new match" : " new matches") + " for “" + digest.searchName() + "”",
        Templates.digestHtml(digest).render(),
        Templates.digestText(digest).render(),
        digest.unsubscribeUrl());
  }

  private void send(String to, String subject, String html, String text, String unsubscribeUrl)
      throws NotSent {
    Mail mail =
        Mail.withHtml(to, subject, html)
            .setText(text)
            .addHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
            .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    for (int attempt = 1; ; attempt++) {
      try {
        mailer.send(mail);
        return;
      } catch (RuntimeException e) {
        if (attempt > 1 || !closedTheConnection(e)) {
          LOG.warnf("The mail server did not take a mail: %s", e.getMessage());
          throw new NotSent(e);
        }
        LOG.infof("The mail server closed the connection before taking a mail, once more: %s", e);
      }
    }
  }

  /**
   * Whether the server answered 421: it closes the connection without having taken the mail (RFC
   * 5321, 3.8), as after its timeout for a stalled connection, so a new connection may well take
   * it. Other refusals are left to the next run.
   */
  private static boolean closedTheConnection(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SMTPException smtp && smtp.getReplyCode() == 421) {
        return true;
      }
    }
    return false;
  }
}
