package io.newsdesk;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.testcontainers.elasticsearch.ElasticsearchContainer;

/**
 * Chooses the Elasticsearch the tests run against. By default the portal starts its own embedded
 * node, as it does for a user. With {@code -Dnewsdesk.test.elasticsearch=testcontainers} (where a
 * Docker engine runs) the tests use the official 8.19 image instead, through the same
 * cluster-configuration path a deployment uses.
 */
public class ElasticsearchTestResource implements QuarkusTestResourceLifecycleManager {

  static final String IMAGE = "docker.elastic.co/elasticsearch/elasticsearch:8.19.21";

  private ElasticsearchContainer container;

  public static boolean usesTestcontainers() {
    return "testcontainers".equals(System.getProperty("newsdesk.test.elasticsearch"));
  }

  @Override
  public Map<String, String> start() {
    if (!usesTestcontainers()) {
      return Map.of();
    }
    container =
        new ElasticsearchContainer(IMAGE)
            .withEnv("xpack.security.enabled", "false")
            .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
    container.start();
    return Map.of("quarkus.elasticsearch.hosts", container.getHttpHostAddress());
  }

  @Override
  public void stop() {
    if (container != null) {
      container.stop();
    }
  }
}
