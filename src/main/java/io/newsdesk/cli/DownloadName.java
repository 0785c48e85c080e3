package io.newsdesk.cli;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file name a response's {@code Content-Disposition} suggests, made safe to write here. */
final class DownloadName {

  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]+)\"");

  private DownloadName() {}

  static String of(HttpResponse<?> response, String fallback) {
    return response
        .headers()
        .firstValue("Content-Disposition")
        .map(FILENAME::matcher)
        .filter(Matcher::find)
        .map(m -> Path.of(m.group(1)).getFileName().toString())
        .filter(name -> !name.startsWith("."))
        .orElse(fallback);
  }
}
