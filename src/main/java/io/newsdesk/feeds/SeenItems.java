package io.newsdesk.feeds;

import java.util.LinkedHashMap;
import java.util.Map;

/** The keys of the items a feed poller has handled, the oldest forgotten past a bound. */
final class SeenItems {

  private static final int BOUND = 10_000;

  private final Map<String, Boolean> keys =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > BOUND;
        }
      };

  boolean contains(String key) {
    return keys.containsKey(key);
  }

  void add(String key) {
    keys.put(key, Boolean.TRUE);
  }
}
