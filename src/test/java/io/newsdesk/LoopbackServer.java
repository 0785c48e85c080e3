package io.newsdesk;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on 127.0.0.1 for tests that fetch feeds and pages: each path answers as the test
 * says, and every request's headers are kept. No test traffic leaves the machine.
 */
public final class LoopbackServer implements AutoCloseable {

  /** How one path answers. */
  @FunctionalInterface
  public interface Answer {
    void respond(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Map<String, List<Headers>> requests = new ConcurrentHashMap<>();

  private LoopbackServer(HttpServer server) {
    this.server = server;
  }

  public static LoopbackServer start() {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      LoopbackServer loopback = new LoopbackServer(http);
      http.createContext("/", loopback::handle);
      http.setExecutor(loopback.threads);
      http.start();
      return loopback;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public void answer(String path, Answer answer) {
    answers.put(path, answer);
  }

  /** Answers 200 with this body. */
  public void serve(String path, String contentType, String body) {
    answer(path, exchange -> send(exchange, 200, contentType, body));
  }

  /** The headers of each request made to the path so far. */
  public List<Headers> requests(String path) {
    return List.copyOf(requests.getOrDefault(path, List.of()));
  }

  public static void send(HttpExchange exchange, int status, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests
        .computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
        .add(exchange.getRequestHeaders());
    Answer answer = answers.get(path);
    try {
      if (answer == null) {
        send(exchange, 404, "text/plain", "not found");
      } else {
        answer.respond(exchange);
      }
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
