package io.newsdesk.stories;

/**
 * How much wording two articles share, as the share of the shorter one's words that lie in a
 * shingle of the other: a brief cut from a wire story scores as high as the full reprint.
 *
 * @param sharedWords words of the shorter text that the other one has too
 * @param share {@code sharedWords} over the shorter text's length, from 0 to 1
 */
record TextOverlap(int sharedWords, double share) {

  /** Near-identical: most of the shorter text appears word for word in the other. */
  static final double COPY_SHARE = 0.6;

  /**
   * Reworded but built on the other: whole sentences and quotes kept. Independent reports of one
   * press conference share a quote or two (under a tenth of the text in the sample corpus); the
   * rewrites among the seed articles share a fifth.
   */
  static final double REWRITE_SHARE = 0.15;

  /** Below this, a shared share says little: two short texts that share a sentence. */
  static final int REWRITE_MIN_WORDS = 40;

  static final TextOverlap NONE = new TextOverlap(0, 0);

  static TextOverlap between(ShingledText a, ShingledText b) {
    ShingledText shorter = a.words() <= b.words() ? a : b;
    ShingledText longer = shorter == a ? b : a;
    if (shorter.words() == 0) {
      return NONE;
    }
    int shared = 0;
    for (boolean covered : shorter.sharedWith(longer)) {
      if (covered) {
        shared++;
      }
    }
    return new TextOverlap(shared, (double) shared / shorter.words());
  }

  boolean copy() {
    return share >= COPY_SHARE;
  }

  boolean rewrite() {
    return !copy() && share >= REWRITE_SHARE && sharedWords >= REWRITE_MIN_WORDS;
  }
}
