package io.newsdesk;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free loopback port, with the portal's mailer pointed at it.
 * Tests can stop and start it to play a mail server that is down.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

  private static int port;
  private static GreenMail server;

  @Override
  public Map<String, String> start() {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    up();
    return Map.of(
        "quarkus.mailer.host", "127.0.0.1",
        "quarkus.mailer.port", Integer.toString(port),
        "quarkus.mailer.from", "alerts@newsdesk.test",
        "quarkus.mailer.mock", "false");
  }

  @Override
  public void stop() {
    down();
  }

  /** Starts the server (again), with no mail in it. */
  public static synchronized void up() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      // A connection that stalls is closed after 5 s rather than GreenMail's 30 (the setup's read
      // timeout is the client's, not the server's).
      server.getSmtp().setClientSocketTimeout(5_000);
    }
  }

  /** Stops the server: connections to it are refused. */
  public static synchronized void down() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** Every mail received since the server last started, oldest first. */
  public static List<MimeMessage> received() {
    return List.of(server.getReceivedMessages());
  }

  /** The mails received for one address. */
  public static List<MimeMessage> receivedBy(String address) {
    return received().stream()
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(address);
              } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }
}
