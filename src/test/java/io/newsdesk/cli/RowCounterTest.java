package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RowCounterTest {

  @Test
  void aLineBreakInsideQuotesIsPartOfACsvValue() {
    RowCounter rows = new RowCounter(true);
    byte[] head =
        "id,title\r\n1,\"two\r\nlines, \"\"quoted\"\"\"\r\n2,".getBytes(StandardCharsets.UTF_8);
    assertThat(rows.add(head, head.length)).isEqualTo(1);
    byte[] tail = "plain\r\n".getBytes(StandardCharsets.UTF_8);
    assertThat(rows.add(tail, tail.length)).isEqualTo(2);
  }

  @Test
  void jsonLinesCountsLines() {
    RowCounter rows = new RowCounter(false);
    byte[] body = "{\"a\":\"x\\ny\"}\n{}\n".getBytes(StandardCharsets.UTF_8);
    assertThat(rows.add(body, body.length)).isEqualTo(2);
  }
}
