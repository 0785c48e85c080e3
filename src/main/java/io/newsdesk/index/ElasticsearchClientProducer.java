package io.newsdesk.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.elasticsearch.client.RestClient;

/**
 * The typed client over the low-level client that Quarkus configures from {@code
 * quarkus.elasticsearch.*}. Documents use the application's Jackson mapper, so they share its
 * snake_case naming and java.time handling.
 */
class ElasticsearchClientProducer {

  @Produces
  @Singleton
  ElasticsearchClient elasticsearchClient(RestClient restClient, ObjectMapper objectMapper) {
    return new ElasticsearchClient(
        new RestClientTransport(restClient, new JacksonJsonpMapper(objectMapper.copy())));
  }
}
