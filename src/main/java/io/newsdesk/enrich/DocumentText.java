package io.newsdesk.enrich;

import io.newsdesk.article.ArticleDraft;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's text as the recogniser reads it: the title, each paragraph and each caption cut into
 * lines, each line with its credits found. Lines are tagged one by one, so that a credit at the end
 * of a caption is never read as the start of the next headline.
 *
 * @param lines in draft order: title, paragraphs, captions
 */
public record DocumentText(List<Line> lines) {

  /**
   * One line of one part.
   *
   * @param offset where the line starts in its part's string
   * @param credits credit spans, as offsets in the part's string
   */
  public record Line(TextPart part, int partIndex, int offset, String text, List<Span> credits) {
    public Line {
      credits = List.copyOf(credits);
    }

    public int end() {
      return offset + text.length();
    }

    /** Whether offsets of the part's string fall in a credit of this line. */
    public boolean isCredit(int begin, int end) {
      return CreditCues.within(credits, begin, end);
    }
  }

  public DocumentText {
    lines = List.copyOf(lines);
  }

  /** The lines of a draft, with credits found by the given cues. */
  public static DocumentText of(ArticleDraft draft, CreditCues cues) {
    List<Line> lines = new ArrayList<>();
    addPart(lines, TextPart.TITLE, 0, draft.title() == null ? "" : draft.title(), cues);
    for (int i = 0; i < draft.paragraphs().size(); i++) {
      addPart(lines, TextPart.PARAGRAPH, i, draft.paragraphs().get(i), cues);
    }
    for (int i = 0; i < draft.captions().size(); i++) {
      addPart(lines, TextPart.CAPTION, i, draft.captions().get(i), cues);
    }
    for (int i = 0; i < draft.notices().size(); i++) {
      addPart(lines, TextPart.NOTICE, i, draft.notices().get(i), cues);
    }
    return new DocumentText(lines);
  }

  private static void addPart(
      List<Line> lines, TextPart part, int index, String text, CreditCues cues) {
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      String line = text.substring(start, end);
      if (!line.isBlank()) {
        List<Span> credits = new ArrayList<>();
        if (part == TextPart.NOTICE) {
          credits.add(new Span(start, start + line.length()));
        }
        for (Span s : cues.find(line, part == TextPart.CAPTION)) {
          credits.add(new Span(s.begin() + start, s.end() + start));
        }
        lines.add(new Line(part, index, start, line, credits));
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
  }

  /** The line that holds these offsets of a part, if any. */
  public Line lineOf(TextPart part, int partIndex, int begin) {
    for (Line l : lines) {
      if (l.part() == part
          && l.partIndex() == partIndex
          && l.offset() <= begin
          && begin <= l.end()) {
        return l;
      }
    }
    return null;
  }
}
