package io.newsdesk.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import java.io.IOException;
import org.elasticsearch.client.ResponseException;

/** Turns the client's connection failures into {@link BackendUnavailableException}. */
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
      throw e;
    } catch (ResponseException e) {
      // Elasticsearch answered: only an overloaded or failing node is "unavailable".
      int status = e.getResponse().getStatusLine().getStatusCode();
      if (status >= 500 || status == 429) {
        throw new BackendUnavailableException("Elasticsearch is busy or failing", e);
      }
      throw new RefusedException(status, e);
    } catch (IOException e) {
      throw new BackendUnavailableException("Elasticsearch cannot be reached", e);
    }
  }
}
