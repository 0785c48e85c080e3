package io.newsdesk.search;

import java.util.List;

/**
 * One article to read, with the matches of the reader's query marked.
 *
 * @param titleHtml the headline as safe HTML
 * @param paragraphsHtml the body's paragraphs as safe HTML: escaped text and {@code <mark>} tags
 */
public record MarkedArticle(
    ArticleContent article, String titleHtml, List<String> paragraphsHtml) {}
