package io.newsdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples another JVM's used heap (survivor, eden and old spaces) with the JDK's {@code jstat}
 * every 100 ms and keeps the highest value seen: a request's peak heap, as near as sampling gets.
 */
final class HeapSampler implements AutoCloseable {

  private final Process jstat;
  private final Thread reader;
  private final AtomicLong peakKib = new AtomicLong();

  HeapSampler(long pid) throws IOException {
    jstat =
        new ProcessBuilder("jstat", "-gc", Long.toString(pid), "100")
            .redirectErrorStream(true)
            .start();
    reader = new Thread(this::read, "heap-sampler");
    reader.setDaemon(true);
    reader.start();
  }

  /** Forgets the peak so far, to measure the next phase on its own. */
  void reset() {
    peakKib.set(0);
  }

  long peakMib() {
    return peakKib.get() / 1024;
  }

  private void read() {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
      String header = lines.readLine();
      if (header == null) {
        return;
      }
      String[] names = header.trim().split("\\s+");
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] values = line.trim().split("\\s+");
        if (values.length != names.length || values[0].equals(names[0])) {
          continue;
        }
        double used = 0;
        for (int i = 0; i < names.length; i++) {
          if (names[i].equals("S0U")
              || names[i].equals("S1U")
              || names[i].equals("EU")
              || names[i].equals("OU")) {
            used += Double.parseDouble(values[i]);
          }
        }
        long kib = (long) used;
        peakKib.accumulateAndGet(kib, Math::max);
      }
    } catch (IOException | NumberFormatException e) {
      // The sampled JVM ended, or jstat printed something else: keep the peak so far.
    }
  }

  @Override
  public void close() throws InterruptedException {
    jstat.destroy();
    reader.join(2000);
  }
}
