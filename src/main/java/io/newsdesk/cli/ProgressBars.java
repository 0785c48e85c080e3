package io.newsdesk.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** The commands' progress bar, on the error stream so the output stays clean. */
final class ProgressBars {

  private ProgressBars() {}

  /**
   * @param total the steps to come; negative when unknown
   */
  static ProgressBar of(String task, long total, String unit, PrintStream err) {
    ConsoleProgressBarConsumer console =
        System.console() == null
            ? new ConsoleProgressBarConsumer(err, 80)
            : new ConsoleProgressBarConsumer(err);
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setUnit(unit, 1)
        .setConsumer(console)
        .build();
  }
}
