package io.newsdesk.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.DoubleStream;

/**
 * Clients sending requests back to back for a while, each starting at its own place in the list of
 * searches and going round it. Stops at the deadline or after {@link #MAX_REQUESTS}, whichever
 * comes first. Latency is what a client observes: from sending the request to the last byte read.
 */
final class LoadPhase {

  /** Far more than any run reaches: only a safety bound. */
  static final long MAX_REQUESTS = 5_000_000;

  /**
   * Where requests go: one request per search of the mix, and how to read Elasticsearch's own time
   * from an answer, where it has it.
   */
  record Target(String name, List<HttpRequest> requests, Optional<Pattern> took) {}

  /** What one phase measured. */
  record Outcome(
      String name,
      long errors,
      double seconds,
      Samples latencyMs,
      Samples tookMs,
      List<String> errorSamples) {

    long requests() {
      return latencyMs.count() + errors;
    }

    double throughput() {
      return requests() / seconds;
    }
  }

  private final HttpClient http;
  private final int clients;

  LoadPhase(HttpClient http, int clients) {
    this.http = http;
    this.clients = clients;
  }

  /** Runs the clients for a while, each going round the targets in turn. */
  Outcome run(String name, List<Target> targets, Duration duration) throws InterruptedException {
    long deadline = System.nanoTime() + duration.toNanos();
    AtomicLong budget = new AtomicLong(MAX_REQUESTS);
    AtomicLong errors = new AtomicLong();
    ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    List<Recorder> recorders = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      Recorder recorder = new Recorder();
      recorders.add(recorder);
      int searches = targets.get(0).requests().size();
      int first = c * (searches / clients);
      Runnable client =
          () -> {
            for (int i = first;
                System.nanoTime() < deadline
                    && budget.decrementAndGet() >= 0
                    && !Thread.currentThread().isInterrupted();
                i++) {
              Target target = targets.get(i % targets.size());
              if (!send(target, target.requests().get(i % searches), recorder)) {
                errors.incrementAndGet();
                if (errorSamples.size() < 3) {
                  errorSamples.add(recorder.lastError);
                }
              }
            }
          };
      Thread thread = new Thread(client, name + "-client-" + c);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Outcome(
        name,
        errors.get(),
        seconds,
        new Samples(recorders.stream().flatMapToDouble(r -> r.latencies.build()).toArray()),
        new Samples(recorders.stream().flatMapToDouble(r -> r.tooks.build()).toArray()),
        List.copyOf(errorSamples));
  }

  private boolean send(Target target, HttpRequest request, Recorder recorder) {
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      double ms = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) {
        recorder.lastError =
            target.name() + " HTTP " + response.statusCode() + " for " + request.uri();
        return false;
      }
      recorder.latencies.add(ms);
      target
          .took()
          .ifPresent(
              took -> {
                byte[] body = response.body();
                Matcher m =
                    took.matcher(
                        new String(
                            body, 0, Math.min(200, body.length), StandardCharsets.ISO_8859_1));
                if (m.find()) {
                  recorder.tooks.add(Double.parseDouble(m.group(1)));
                }
              });
      return true;
    } catch (IOException e) {
      recorder.lastError = target.name() + " " + e + " for " + request.uri();
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      recorder.lastError = target.name() + " interrupted";
      return false;
    }
  }

  /** One client's measurements; only its own thread writes them. */
  private static final class Recorder {
    final DoubleStream.Builder latencies = DoubleStream.builder();
    final DoubleStream.Builder tooks = DoubleStream.builder();
    String lastError;
  }
}
