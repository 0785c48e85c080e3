package io.newsdesk.stories;

/**
 * One word of a text: folded to lower case without accents, with its place in the original text.
 */
record Token(String word, int start, int end) {}
