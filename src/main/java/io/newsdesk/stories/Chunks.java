package io.newsdesk.stories;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Requests to the index are cut into chunks of this many documents or searches. */
final class Chunks {

  static final int SIZE = 200;

  private Chunks() {}

  static <T> List<List<T>> of(Collection<T> all) {
    List<T> list = List.copyOf(all);
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < list.size(); i += SIZE) {
      chunks.add(list.subList(i, Math.min(list.size(), i + SIZE)));
    }
    return chunks;
  }
}
