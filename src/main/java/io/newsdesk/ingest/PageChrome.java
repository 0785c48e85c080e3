package io.newsdesk.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page chrome that scrapers carry into text: interface labels, donation appeals, comment, share and
 * subscribe prompts, read-more and related-story lists, widget labels. The rules describe chrome on
 * news pages in general, never the text of one site.
 */
final class PageChrome {

  private static final Set<String> LIST_HEADINGS =
      Set.of(
          "related",
          "related articles",
          "related stories",
          "related content",
          "related coverage",
          "related topics",
          "read more",
          "read next",
          "read also",
          "also read",
          "see also",
          "more on this story",
          "more on this topic",
          "more stories",
          "more from this section",
          "recommended",
          "recommended for you",
          "you may also like",
          "you might also like",
          "most read",
          "most popular",
          "most viewed",
          "trending",
          "trending now",
          "top stories",
          "latest news",
          "editor's picks",
          "editor’s picks");

  private static final Set<String> LABELS =
      Set.of(
          "advertisement",
          "advertisements",
          "advert",
          "ad",
          "sponsored",
          "sponsored content",
          "promoted",
          "partner content",
          "close",
          "menu",
          "search",
          "share",
          "share this",
          "share this article",
          "share this story",
          "tweet",
          "email",
          "print",
          "copy link",
          "link copied",
          "comments",
          "comment",
          "more",
          "see more",
          "show more",
          "load more",
          "continue reading",
          "listen",
          "listen to this article",
          "watch",
          "video",
          "play",
          "pause",
          "skip to content",
          "skip to main content",
          "back to top",
          "subscribe",
          "sign up",
          "sign in",
          "log in",
          "register",
          "follow us",
          "newsletter",
          "cookie settings",
          "accept cookies",
          "loading",
          "next article",
          "previous article",
          "open in app",
          "toggle caption",
          "hide caption",
          "expand");

  private static final List<Pattern> PROMPTS =
      List.of(
          // comments
          Pattern.compile("^(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply)\\b"),
          Pattern.compile("^join the (?:conversation|discussion|debate)\\b"),
          Pattern.compile("^(?:view|show|read|see|hide) (?:all )?(?:\\d+ )?comments?\\b"),
          Pattern.compile("^\\d+ comments?$"),
          Pattern.compile("\\bcomments? (?:are|is|have been) (?:closed|disabled)\\b"),
          // sharing and following
          Pattern.compile("^(?:click to )?share (?:this|on|via|the|article|story)\\b"),
          Pattern.compile("^(?:follow|like|find) us on\\b"),
          Pattern.compile(
              "^(?:(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|telegram|reddit|pinterest"
                  + "|messenger|bluesky|threads|copy link|print)[\\s,|·•/]*){2,}$"),
          // newsletters and apps
          Pattern.compile(
              "^(?:subscribe|sign up|register)(?: now| today| here| for free)?\\s*[.!:>»›→]?$"),
          Pattern.compile("\\b(?:subscribe|sign up) (?:to|for) (?:our|the|a)\\b.{0,60}newsletter"),
          Pattern.compile("^get (?:the latest|our|breaking)\\b.{0,80}\\b(?:inbox|app|alerts)\\b"),
          Pattern.compile("^download (?:our|the) .{0,40}\\bapp\\b"),
          // read more, related, promotions of other pages
          Pattern.compile("^(?:read|see) (?:more|also|next)\\s*[:|>»›-]"),
          Pattern.compile(
              "^(?:related|more|also read|recommended|watch|video|listen|gallery)\\s*[:|]"),
          Pattern.compile("^(?:click|tap) here\\b"),
          Pattern.compile("^want to (?:know|read|learn|find out) more\\b"),
          Pattern.compile("^[^“”\"]*\\bcheck out our\\b[^“”\"]*$"),
          // widget labels
          Pattern.compile("^(?:the )?news in \\d+ (?:seconds|minutes)$"),
          Pattern.compile("^\\d+[- ](?:second|minute) (?:news|briefing|read|video)\\b.{0,30}$"),
          Pattern.compile(
              "^(?:updated|published|posted)?\\s*\\d+\\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\\s+ago$"));

  // Donation appeals are recognised by one unmistakable phrase or by two weaker hints.
  private static final List<Pattern> APPEALS =
      List.of(
          Pattern.compile("\\bwe need your (?:help|support)\\b"),
          Pattern.compile("\\breaders like you\\b"),
          Pattern.compile("\\bplease (?:consider )?(?:contribute|donate|support us|subscribe)\\b"),
          Pattern.compile(
              "\\bsupport (?:us|our journalism|independent journalism|quality journalism|our work)\\b"),
          Pattern.compile(
              "\\b(?:please|you can) (?:make|give) a\\b.{0,20}\\b(?:contribution|donation)\\b"),
          Pattern.compile("\\bbecome a (?:supporter|subscriber|patron)\\b"),
          Pattern.compile("\\bdonate (?:now|today|here|what you can)\\b"),
          Pattern.compile(
              "\\byour (?:support|contribution|donation) (?:keeps|helps|makes|means)\\b"));
  private static final List<Pattern> APPEAL_HINTS =
      List.of(
          Pattern.compile("\\bour (?:journalism|reporting|mission|newsroom)\\b"),
          Pattern.compile("\\badvertising revenue\\b"),
          Pattern.compile(
              "\\b(?:independent|unbiased|quality),? (?:unbiased )?(?:news|journalism)\\b"),
          Pattern.compile("\\bsomething you value\\b"),
          Pattern.compile("\\bvisiting us\\b"),
          Pattern.compile("\\b(?:contribute|give) what you can\\b"),
          Pattern.compile("\\bfor everyone who needs it\\b"),
          Pattern.compile("\\bbecome a member\\b"));
  private static final int MAX_APPEAL_CHARS = 600;
  private static final Pattern QUOTES = Pattern.compile("[“”\"«»„]");

  private PageChrome() {}

  static boolean isChrome(String paragraph) {
    String lower = paragraph.toLowerCase(Locale.ROOT);
    return LABELS.contains(label(lower))
        || isListHeading(paragraph)
        || PROMPTS.stream().anyMatch(p -> p.matcher(lower).find())
        || isAppeal(paragraph);
  }

  /** A heading such as "Related" or "Read more", which the headlines of other stories follow. */
  static boolean isListHeading(String paragraph) {
    return LIST_HEADINGS.contains(label(paragraph.toLowerCase(Locale.ROOT)));
  }

  private static String label(String lower) {
    return lower.replaceAll("^[\\s•·|>»›-]+|[\\s:.…!>»›→|-]+$", "");
  }

  /** A donation appeal. Quoted speech is the story's, even when someone in it asks for help. */
  static boolean isAppeal(String paragraph) {
    String lower = paragraph.toLowerCase(Locale.ROOT);
    if (lower.length() > MAX_APPEAL_CHARS || QUOTES.matcher(lower).find()) {
      return false;
    }
    if (APPEALS.stream().anyMatch(p -> p.matcher(lower).find())) {
      return true;
    }
    return APPEAL_HINTS.stream().filter(p -> p.matcher(lower).find()).count() >= 2;
  }
}
