package io.newsdesk.node;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Points {@code quarkus.elasticsearch.hosts} at the embedded node, with the lowest priority of all
 * sources: any configured cluster wins. The port is the one a node left running already uses, or a
 * free one, so that the client and the node agree before either starts.
 */
public class EmbeddedNodeConfigSourceFactory implements ConfigSourceFactory {

  static final String SOURCE_NAME = "newsdesk-embedded-elasticsearch";
  static final String HOSTS = "quarkus.elasticsearch.hosts";

  @Override
  public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources(
      ConfigSourceContext context) {
    ConfigValue dataDir = context.getValue("newsdesk.data-dir");
    Path dir = Path.of(dataDir.getValue() == null ? "data" : dataDir.getValue());
    int port = leftoverPort(dir).orElseGet(EmbeddedNodeConfigSourceFactory::freeLoopbackPort);
    return List.of(new PropertiesConfigSource(Map.of(HOSTS, "127.0.0.1:" + port), SOURCE_NAME, 1));
  }

  private static OptionalInt leftoverPort(Path dataDir) {
    return NodeState.read(dataDir)
        .filter(NodeState::processAlive)
        .map(state -> OptionalInt.of(state.httpPort()))
        .orElse(OptionalInt.empty());
  }

  static int freeLoopbackPort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port for the embedded Elasticsearch", e);
    }
  }
}
