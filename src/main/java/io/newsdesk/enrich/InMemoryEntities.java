package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Entities kept in this process only, for a directory without Elasticsearch (unit tests, tools);
 * directories that share one are serialised by its lease as portals are by the stored one.
 */
final class InMemoryEntities implements EntityStorage {

  private final Map<String, Stored> byId = new LinkedHashMap<>();
  private final ReentrantLock lease = new ReentrantLock();
  private long writes;

  @Override
  public synchronized List<Stored> holding(Collection<String> lookups) {
    Set<String> wanted = new HashSet<>(lookups);
    List<Stored> out = new ArrayList<>();
    for (Stored s : byId.values()) {
      if (s.lookups().stream().anyMatch(wanted::contains)) {
        out.add(s);
      }
    }
    return out;
  }

  @Override
  public synchronized Set<String> namesInUse(EntityType type, Collection<String> names) {
    Set<String> out = new HashSet<>();
    for (Stored s : byId.values()) {
      if (s.type() == type && names.contains(s.name())) {
        out.add(s.name());
      }
    }
    return out;
  }

  @Override
  public synchronized List<Stored> all() {
    List<Stored> out = new ArrayList<>(byId.values());
    out.sort(Comparator.comparingLong(Stored::created));
    return out;
  }

  @Override
  public synchronized List<Stored> withoutLookups(int max) {
    return byId.values().stream().filter(s -> s.lookups().isEmpty()).limit(max).toList();
  }

  @Override
  public synchronized void write(List<Stored> upserts, List<Stored> deletes) {
    for (Stored s : upserts) {
      check(s);
    }
    for (Stored s : deletes) {
      check(s);
    }
    for (Stored s : deletes) {
      byId.remove(s.id());
    }
    for (Stored s : upserts) {
      writes++;
      byId.put(
          s.id(),
          new Stored(
              s.id(),
              s.type(),
              s.name(),
              new LinkedHashMap<>(s.forms()),
              s.articleCount(),
              s.created(),
              List.copyOf(s.lookups()),
              new Version(writes, 1)));
    }
  }

  private void check(Stored s) {
    Stored now = byId.get(s.id());
    Version current = now == null ? null : now.version();
    if (s.version() == null ? current != null : !s.version().equals(current)) {
      throw new Conflict("Entity " + s.id() + " changed since it was read");
    }
  }

  @Override
  public Lease lease() {
    lease.lock();
    return new Lease() {
      @Override
      public void renew() {}

      @Override
      public void close() {
        lease.unlock();
      }
    };
  }

  @Override
  public synchronized long count() {
    return byId.size();
  }
}
