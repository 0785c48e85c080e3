package io.newsdesk.web;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.openqa.selenium.WebDriver;

/** The Nu HTML checker and axe, as the page-quality tests run them. */
final class PageChecks {

  private PageChecks() {}

  /** The error lines the Nu HTML checker reports for a page. */
  static List<String> htmlErrors(String html) throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.TEXT);
    String report =
        validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    return report.lines().filter(l -> l.contains("error:")).toList();
  }

  /** What axe finds wrong on the page the browser shows, a line per rule broken. */
  static List<String> accessibilityViolations(WebDriver browser) {
    return new AxeBuilder()
        .analyze(browser).getViolations().stream().map(PageChecks::describe).toList();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + ": "
        + rule.getHelp()
        + " "
        + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList();
  }
}
