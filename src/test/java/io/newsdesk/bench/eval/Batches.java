package io.newsdesk.bench.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The order in which the harness posts a corpus's files: folder by folder in manifest order, or
 * (with a seed) all folders shuffled together, as an order-independence check of stories needs.
 */
final class Batches {

  private Batches() {}

  /**
   * Requests of at most {@code size} files; no request holds two files of one name (they come from
   * different folders), so each answer names its file unambiguously.
   */
  static List<List<Corpus.Entry>> of(List<Corpus> corpora, Optional<Long> shuffle, int size) {
    List<List<Corpus.Entry>> batches = new ArrayList<>();
    if (shuffle.isEmpty()) {
      for (Corpus corpus : corpora) {
        List<Corpus.Entry> all = corpus.entries();
        for (int i = 0; i < all.size(); i += size) {
          batches.add(all.subList(i, Math.min(all.size(), i + size)));
        }
      }
      return batches;
    }
    List<Corpus.Entry> all = new ArrayList<>();
    corpora.forEach(c -> all.addAll(c.entries()));
    Collections.shuffle(all, new Random(shuffle.get()));
    List<Corpus.Entry> batch = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Corpus.Entry e : all) {
      if (batch.size() == size || !names.add(e.file())) {
        batches.add(batch);
        batch = new ArrayList<>();
        names = new HashSet<>(List.of(e.file()));
      }
      batch.add(e);
    }
    if (!batch.isEmpty()) {
      batches.add(batch);
    }
    return batches;
  }
}
