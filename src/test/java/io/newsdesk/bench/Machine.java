package io.newsdesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/** What Linux tells about processes and the machine's load, for the benchmarks' reports. */
final class Machine {

  private Machine() {}

  /** Peak resident memory (VmHWM) of a process in MiB. */
  static Optional<Long> peakMemoryMib(long pid) {
    try {
      return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
          .filter(line -> line.startsWith("VmHWM:"))
          .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** CPU time a process has used so far, user and system. */
  static Duration cpu(long pid) {
    return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
  }

  /** The Elasticsearch server JVM started under a portal process. */
  static OptionalLong elasticsearchUnder(long portalPid) {
    return ProcessHandle.of(portalPid).stream()
        .flatMap(ProcessHandle::descendants)
        .filter(
            p ->
                p.info()
                    .commandLine()
                    .filter(c -> c.contains("org.elasticsearch.bootstrap.Elasticsearch"))
                    .isPresent())
        .mapToLong(ProcessHandle::pid)
        .findFirst();
  }

  /** The 1-minute load average: how busy the machine was besides the benchmark. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }
}
