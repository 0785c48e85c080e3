package io.newsdesk.saved;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsdesk.RefusedException;
import io.newsdesk.index.ElasticCalls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The documents of one small index, read with their version and written back only if that version
 * is still current ({@code if_seq_no} / {@code if_primary_term}), so no write silently undoes
 * another. Writes refresh at once: the page a person is sent to next must show them.
 */
final class DocumentStore<T> {

  /** More than any one owner keeps; reads stop there. */
  static final int LIMIT = 1000;

  private static final int CONFLICT = 409;

  private final ElasticsearchClient client;
  private final String alias;
  private final Class<T> type;

  DocumentStore(ElasticsearchClient client, String alias, Class<T> type) {
    this.client = client;
    this.alias = alias;
    this.type = type;
  }

  Optional<Versioned<T>> get(String id) {
    GetResponse<T> response = ElasticCalls.call(() -> client.get(g -> g.index(alias).id(id), type));
    if (!response.found() || response.source() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Versioned<>(id, response.source(), response.seqNo(), response.primaryTerm()));
  }

  /** Up to {@link #LIMIT} documents matching a filter, in no particular order. */
  List<Versioned<T>> find(Filter filter) {
    return find(filter, Optional.empty());
  }

  /** Up to {@link #LIMIT} documents matching a filter, the lowest values of a field first. */
  List<Versioned<T>> find(Filter filter, String ascending) {
    return find(filter, Optional.of(ascending));
  }

  private List<Versioned<T>> find(Filter filter, Optional<String> ascending) {
    SearchResponse<T> response =
        ElasticCalls.call(
            () ->
                client.search(
                    s -> {
                      s.index(alias)
                          .query(q -> q.bool(b -> b.filter(queries(filter))))
                          .size(LIMIT)
                          .seqNoPrimaryTerm(true);
                      ascending.ifPresent(field -> s.sort(o -> o.field(f -> f.field(field))));
                      return s;
                    },
                    type));
    return response.hits().hits().stream()
        .map(hit -> new Versioned<>(hit.id(), hit.source(), hit.seqNo(), hit.primaryTerm()))
        .toList();
  }

  /** Stores a new document; false when one with this id exists already. */
  boolean create(String id, T document) {
    try {
      conditional(
          id,
          () -> client.create(c -> c.index(alias).id(id).document(document).refresh(Refresh.True)));
      return true;
    } catch (VersionConflict exists) {
      return false;
    }
  }

  /** The ids among these that have a document. */
  Set<String> existing(List<String> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    var response =
        ElasticCalls.call(
            () -> client.mget(m -> m.index(alias).ids(ids).source(s -> s.fetch(false)), type));
    return response.docs().stream()
        .filter(item -> item.isResult() && item.result().found())
        .map(item -> item.result().id())
        .collect(Collectors.toSet());
  }

  /** Stores many new documents in one request; ones that exist already are left as they are. */
  void createAll(Map<String, T> documents) {
    if (documents.isEmpty()) {
      return;
    }
    BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.True);
    documents.forEach(
        (id, document) ->
            bulk.operations(o -> o.create(c -> c.index(alias).id(id).document(document))));
    ElasticCalls.call(() -> client.bulk(bulk.build()));
  }

  /** Writes the document over whatever is stored under its id. */
  void put(String id, T document) {
    ElasticCalls.call(
        () -> client.index(i -> i.index(alias).id(id).document(document).refresh(Refresh.True)));
  }

  void replace(Versioned<T> base, T document) throws VersionConflict {
    conditional(
        base.id(),
        () ->
            client.index(
                i ->
                    i.index(alias)
                        .id(base.id())
                        .document(document)
                        .ifSeqNo(base.seqNo())
                        .ifPrimaryTerm(base.primaryTerm())
                        .refresh(Refresh.True)));
  }

  void delete(Versioned<T> base) throws VersionConflict {
    conditional(
        base.id(),
        () ->
            client.delete(
                d ->
                    d.index(alias)
                        .id(base.id())
                        .ifSeqNo(base.seqNo())
                        .ifPrimaryTerm(base.primaryTerm())
                        .refresh(Refresh.True)));
  }

  private static List<Query> queries(Filter filter) {
    return filter.conditions().stream().map(DocumentStore::query).toList();
  }

  private static Query query(Filter.Condition condition) {
    if (condition instanceof Filter.AnyOf any) {
      List<FieldValue> values = any.values().stream().map(FieldValue::of).toList();
      return Query.of(q -> q.terms(t -> t.field(any.field()).terms(v -> v.value(values))));
    }
    if (condition instanceof Filter.Present present) {
      return Query.of(q -> q.exists(e -> e.field(present.field())));
    }
    Filter.NoLaterThan bound = (Filter.NoLaterThan) condition;
    return Query.of(q -> q.range(r -> r.date(d -> d.field(bound.field()).lte(bound.date()))));
  }

  /** Runs a write that Elasticsearch refuses with 409 when the document is not as expected. */
  private static void conditional(String id, ElasticCalls.Call<?> write) throws VersionConflict {
    try {
      ElasticCalls.call(write);
    } catch (RefusedException e) {
      if (e.status() == CONFLICT) {
        throw new VersionConflict(id, e);
      }
      throw e;
    }
  }
}
