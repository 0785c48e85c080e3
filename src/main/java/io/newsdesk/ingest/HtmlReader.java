package io.newsdesk.ingest;

import io.newsdesk.article.ArticleDraft;
import io.newsdesk.article.SourceMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads an HTML page: captions out first, then the main content as Readability finds it, then the
 * same chrome filter as plain text. jsoup parses leniently and never fetches or expands DTDs or
 * external entities.
 */
final class HtmlReader {

  private static final String CAPTIONS =
      "figcaption, [itemprop=caption], [class~=(?i)(^|[\\s_-])(caption|credit)s?($|[\\s_-])]";
  private static final String CHROME =
      "script, style, noscript, template, nav, aside, footer, form, button, iframe, svg, dialog,"
          + " [role=navigation], [role=complementary], [aria-hidden=true], [hidden]";
  private static final String CHROME_NAMES =
      "(?i)(^|[\\s_-])(share|sharing|social|newsletter|subscribe|subscription|comments?|donat\\w*"
          + "|related|promo|advert\\w*|ads?|sponsor\\w*|paywall|cookie\\w*|outbrain|taboola)"
          + "($|[\\s_-])";
  private static final Set<String> FRAME = Set.of("html", "body", "main", "article");

  // Never fetched: Readability only needs an absolute base to resolve the page's relative links.
  private static final String BASE_URI = "https://page.invalid/";
  private static final Pattern INTERNAL_DTD_SUBSET =
      Pattern.compile("<!DOCTYPE[^\\[>]*\\[.*?]\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private HtmlReader() {}

  static Optional<ArticleDraft> read(String source, String html, SourceMetadata given) {
    // jsoup expands no entity a DTD declares; the declarations would only show up as text.
    Document page = Jsoup.parse(INTERNAL_DTD_SUBSET.matcher(html).replaceFirst(""), BASE_URI);
    SourceMetadata metadata = MetadataPrecedence.over(given, PageMetadata.of(page));
    List<String> captions = takeCaptions(page);
    page.select(CHROME).remove();
    for (Element named : page.select("[class~=" + CHROME_NAMES + "], [id~=" + CHROME_NAMES + "]")) {
      // A page's frame may carry such names too ("ad-free", "has-comments"): it stays.
      if (!FRAME.contains(named.normalName()) && named.selectFirst("h1") == null) {
        named.remove();
      }
    }
    Optional<String> headline = headline(page);
    List<String> paragraphs =
        mainContent(page).map(BlockText::paragraphs).orElseGet(ArrayList::new);
    if (paragraphs.isEmpty()) {
      paragraphs = BlockText.paragraphs(page.body());
    }
    return DraftAssembler.assemble(source, paragraphs, headline, captions, metadata);
  }

  // Readability gives up on some pages, by returning nothing or by throwing; the body then serves.
  private static Optional<Element> mainContent(Document page) {
    try {
      return Optional.ofNullable(
          new Readability4JExtended(BASE_URI, page).parse().getArticleContent());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  // Captions and credits are taken before Readability, which would keep or drop them as text.
  private static List<String> takeCaptions(Document page) {
    Elements found = page.select(CAPTIONS);
    List<String> captions = new ArrayList<>();
    for (Element caption : found) {
      if (caption.parents().stream().noneMatch(found::contains)) {
        String text = Whitespace.collapse(caption.text());
        if (!text.isEmpty()) {
          captions.add(text);
        }
      }
    }
    found.remove();
    return captions;
  }

  private static Optional<String> headline(Document page) {
    Element openGraph = page.selectFirst("meta[property=og:title]");
    Elements h1 = page.select("h1");
    return Stream.of(
            openGraph == null ? "" : openGraph.attr("content"),
            h1.size() == 1 ? h1.text() : "",
            page.title())
        .map(Whitespace::collapse)
        .filter(title -> !title.isEmpty())
        .findFirst();
  }
}
