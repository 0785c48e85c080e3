package io.newsdesk.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.newsdesk.BackendUnavailableException;
import io.newsdesk.RefusedException;
import java.io.IOException;
import org.elasticsearch.client.ResponseException;

/**
 * Turns the client's connection failures into {@link BackendUnavailableException}, and the node's
 * refusals of a request into {@link RefusedException}, so no caller outside the storage classes
 * sees a client type.
 */
public final class ElasticCalls {

  /** A call to Elasticsearch. */
  @FunctionalInterface
  public interface Call<T> {
    T run() throws IOException;
  }

  private ElasticCalls() {}

  public static <T> T call(Call<T> call) {
    try {
      return call.run();
    } catch (ElasticsearchException e) {
      if (e.status() == 503 || e.status() == 429) {
        throw new BackendUnavailableException("Elasticsearch is busy or not ready", e);
      }
      throw new RefusedException(e.status(), e);
    } catch (ResponseException e) {
      // Elasticsearch answered: only a node that cannot serve now (busy, not ready) is
      // "unavailable"; any other answer refused this request.
      int status = e.getResponse().getStatusLine().getStatusCode();
      if (status == 503 || status == 429) {
        throw new BackendUnavailableException("Elasticsearch is busy or not ready", e);
      }
      throw new RefusedException(status, e);
    } catch (IOException e) {
      throw new BackendUnavailableException("Elasticsearch cannot be reached", e);
    }
  }
}
