package io.newsdesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sorts an input's paragraphs into article text, photo captions and notices, and drops the page
 * chrome around them. Works the same on plain-text lines and on paragraphs taken from HTML.
 */
final class ChromeFilter {

  private static final int MAX_FRAGMENT_WORDS = 5;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”’)\\]]$");

  private ChromeFilter() {}

  /**
   * The paragraphs sorted.
   *
   * @param text the article's own paragraphs, in order
   * @param captions photo captions and photo credit lines
   * @param notices stamps, bylines, copyright and agency lines
   */
  record Sorted(List<String> text, List<String> captions, List<String> notices) {}

  static Sorted sort(List<String> paragraphs) {
    List<String> text = new ArrayList<>();
    List<String> captions = new ArrayList<>();
    List<String> notices = new ArrayList<>();
    boolean inStoryList = false;
    boolean afterText = false;
    for (String raw : paragraphs) {
      String paragraph = Whitespace.collapse(raw);
      Optional<Notices.Split> stamp = Notices.leadingStamp(paragraph);
      if (stamp.isPresent()) {
        notices.add(stamp.get().notice());
        paragraph = stamp.get().rest();
      }
      if (paragraph.isEmpty()) {
        continue;
      }
      if (PageChrome.isListHeading(paragraph)) {
        inStoryList = true;
        continue;
      }
      // Under "Related" or "Read more" come other stories' headlines, up to the next sentence.
      if (inStoryList && Headlines.looksLikeHeadline(paragraph)) {
        continue;
      }
      inStoryList = false;
      if (PageChrome.isChrome(paragraph)) {
        // An appeal box has a heading of its own ("Your support matters").
        if (afterText && PageChrome.isAppeal(paragraph) && isFragment(text.get(text.size() - 1))) {
          text.remove(text.size() - 1);
        }
        afterText = false;
        continue;
      }
      afterText = false;
      if (Notices.isNotice(paragraph)) {
        notices.add(paragraph);
      } else if (PhotoCaption.isCaption(paragraph)) {
        captions.add(paragraph);
      } else {
        Optional<Notices.Split> copyright = Notices.trailingCopyright(paragraph);
        copyright.ifPresent(split -> notices.add(split.notice()));
        text.add(copyright.map(Notices.Split::rest).orElse(paragraph));
        afterText = true;
      }
    }
    dropTrailingFragments(text);
    return new Sorted(text, captions, notices);
  }

  // Widget labels and link texts that trail the story ("JournalTv", "Leave A Comment") are short
  // and end without punctuation; a story does not end on such a line.
  private static void dropTrailingFragments(List<String> text) {
    while (text.size() > 1 && isFragment(text.get(text.size() - 1))) {
      text.remove(text.size() - 1);
    }
  }

  private static boolean isFragment(String paragraph) {
    return Headlines.words(paragraph) <= MAX_FRAGMENT_WORDS
        && !SENTENCE_END.matcher(paragraph).find();
  }
}
