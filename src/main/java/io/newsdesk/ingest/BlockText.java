package io.newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The text of an HTML element as paragraphs: one for each block element or line break. */
final class BlockText {

  private BlockText() {}

  static List<String> paragraphs(Element root) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              current.append(text.getWholeText());
            } else if (isBreak(node)) {
              flush(current, paragraphs);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (isBreak(node)) {
              flush(current, paragraphs);
            }
          }
        },
        root);
    flush(current, paragraphs);
    return paragraphs;
  }

  private static boolean isBreak(Node node) {
    return node instanceof Element element && (element.isBlock() || element.nameIs("br"));
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    String paragraph = Whitespace.collapse(current.toString());
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph);
    }
    current.setLength(0);
  }
}
