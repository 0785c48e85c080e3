package io.newsdesk.enrich;

import io.newsdesk.article.EntityType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the {@link EntityDirectory}'s entities are kept between batches: read by the lookups the
 * matching rules ask, written back only over the version read. Several portals share one storage; a
 * {@link Lease} lets one of them resolve a batch at a time, so each sees the others' entities.
 */
public interface EntityStorage {

  /** The version an entity was read at, which a write must still find. */
  record Version(long seqNo, long primaryTerm) {}

  /**
   * One stored entity: its forms with their article counts in the order first seen, the lookups it
   * is found by, and when it was first registered (which settles ties between entities).
   */
  record Stored(
      String id,
      EntityType type,
      String name,
      Map<String, Integer> forms,
      int articleCount,
      long created,
      List<String> lookups,
      Version version) {}

  /** A write found an entity changed since it was read: the batch is resolved again. */
  final class Conflict extends RuntimeException {
    public Conflict(String message) {
      super(message);
    }
  }

  /** The right to resolve and write, held by one portal at a time. */
  interface Lease extends AutoCloseable {
    /** Keeps the lease through a long session: call it often, it writes when due. */
    void renew();

    @Override
    void close();
  }

  /** The entities holding any of these lookups. */
  List<Stored> holding(Collection<String> lookups);

  /** The names among these that an entity of this type goes by. */
  Set<String> namesInUse(EntityType type, Collection<String> names);

  /** Every entity. */
  List<Stored> all();

  /** Entities stored before lookups were kept, up to this many. */
  List<Stored> withoutLookups(int max);

  /**
   * Writes these entities (new ones have no version) and deletes those, each only over the version
   * it was read at; throws {@link Conflict} when one has changed since.
   */
  void write(List<Stored> upserts, List<Stored> deletes);

  /** Waits for the lease and takes it. */
  Lease lease();

  long count();
}
