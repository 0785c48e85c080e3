package io.newsdesk.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Requests to the index are cut into chunks of this many documents or searches. */
public final class Chunks {

  public static final int SIZE = 200;

  private Chunks() {}

  public static <T> List<List<T>> of(Collection<T> all) {
    return of(all, SIZE);
  }

  public static <T> List<List<T>> of(Collection<T> all, int size) {
    List<T> list = List.copyOf(all);
    List<List<T>> chunks = new ArrayList<>();
    for (int i = 0; i < list.size(); i += size) {
      chunks.add(list.subList(i, Math.min(list.size(), i + size)));
    }
    return chunks;
  }
}
