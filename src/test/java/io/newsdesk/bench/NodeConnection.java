package io.newsdesk.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsdesk.node.NodeFiles;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * A client of the portal's embedded node, found through its data directory, with the portal's JSON
 * conventions (snake_case, ISO dates) so documents are stored as the portal stores them.
 */
final class NodeConnection implements AutoCloseable {

  private final URI uri;
  private final RestClient rest;
  private final ElasticsearchClient client;

  private NodeConnection(int port) {
    this.uri = URI.create("http://127.0.0.1:" + port);
    this.rest = RestClient.builder(new HttpHost("127.0.0.1", port)).build();
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    this.client =
        new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(mapper)));
  }

  static NodeConnection of(Path dataDir) {
    int port =
        NodeFiles.httpPort(dataDir)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "no running embedded node recorded under " + dataDir.toAbsolutePath()));
    return new NodeConnection(port);
  }

  URI uri() {
    return uri;
  }

  ElasticsearchClient client() {
    return client;
  }

  @Override
  public void close() throws IOException {
    rest.close();
  }
}
