package io.newsdesk.node;

import io.newsdesk.NewsdeskConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * The portal's own Elasticsearch: a child process on loopback, started with the portal when no
 * cluster is configured, stopped with it, and restarted if it dies while the portal runs.
 */
@ApplicationScoped
public class EmbeddedElasticsearch {

  private static final Logger LOG = Logger.getLogger(EmbeddedElasticsearch.class);

  private final NewsdeskConfig config;
  private final boolean enabled;
  private final int httpPort;
  private final NodeHealth health;
  private volatile Optional<ProcessHandle> node = Optional.empty();
  private volatile boolean wanted;

  EmbeddedElasticsearch(NewsdeskConfig config) {
    this.config = config;
    var hosts = ConfigProvider.getConfig().getConfigValue(EmbeddedNodeConfigSourceFactory.HOSTS);
    this.enabled =
        hosts.getSourceName() != null
            && hosts.getSourceName().contains(EmbeddedNodeConfigSourceFactory.SOURCE_NAME);
    this.httpPort = enabled ? Integer.parseInt(hosts.getValue().replaceAll(".*:", "")) : -1;
    this.health = new NodeHealth(httpPort);
  }

  void onStart(@Observes @Priority(1) StartupEvent event) {
    if (enabled) {
      start();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    if (enabled) {
      stop();
    }
  }

  /** True when this portal runs its own node rather than using a configured cluster. */
  public boolean enabled() {
    return enabled;
  }

  /** Starts the node, or adopts one a previous run left behind; returns once it is healthy. */
  public synchronized void start() {
    requireEnabled();
    wanted = true;
    try {
      Optional<NodeState> leftover =
          NodeState.read(config.dataDir()).filter(NodeState::processAlive);
      if (leftover.isPresent() && leftover.get().httpPort() == httpPort) {
        ProcessHandle process = ProcessHandle.of(leftover.get().pid()).orElseThrow();
        if (health.awaitHealthy(Duration.ofSeconds(30), process::isAlive)) {
          LOG.infof("Reusing the Elasticsearch node left running on port %d", httpPort);
          node = Optional.of(process);
          return;
        }
        LOG.warn("A node left behind does not answer; stopping it");
        terminate(process);
      } else if (leftover.isPresent()) {
        terminate(ProcessHandle.of(leftover.get().pid()).orElseThrow());
      }
      launch();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded Elasticsearch", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting Elasticsearch", e);
    }
  }

  /** Stops the node and waits for it to exit. Data stays in the data folder. */
  public synchronized void stop() {
    requireEnabled();
    wanted = false;
    node.ifPresent(EmbeddedElasticsearch::terminate);
    node = Optional.empty();
    try {
      NodeState.clear(config.dataDir());
    } catch (IOException e) {
      LOG.warn("Could not remove the node state file", e);
    }
  }

  @Scheduled(
      every = "15s",
      delayed = "30s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void restartIfDied() {
    if (enabled && wanted && node.map(process -> !process.isAlive()).orElse(false)) {
      LOG.warn("The embedded Elasticsearch stopped unexpectedly; restarting it");
      start();
    }
  }

  private void launch() throws IOException, InterruptedException {
    Instant begin = Instant.now();
    NodeDistribution distribution = NodeDistribution.of(config.elasticsearch());
    new PluginInstaller(distribution.home(), distribution.plugin()).ensureInstalled();
    NodeFolders folders =
        new NodeFolders(
            config.dataDir(),
            distribution.home(),
            UnprivilegedUser.whenRoot(config.elasticsearch().runAsUser()));
    folders.prepare();
    Process process =
        new NodeLauncher(config.elasticsearch(), distribution.home(), folders).launch(httpPort);
    new NodeState(process.pid(), httpPort).write(config.dataDir());
    if (!health.awaitHealthy(config.elasticsearch().startupTimeout(), process::isAlive)) {
      terminate(process.toHandle());
      throw new IllegalStateException(
          "The embedded Elasticsearch did not become healthy on port "
              + httpPort
              + ". Last lines of its console log ("
              + folders.consoleLog()
              + "):\n"
              + folders.consoleTail());
    }
    node = Optional.of(process.toHandle());
    LOG.infof(
        "Embedded Elasticsearch ready on 127.0.0.1:%d in %d ms (data in %s)",
        httpPort, Duration.between(begin, Instant.now()).toMillis(), folders.data());
  }

  /** Asks the launcher to shut the server down, then forces whatever is left. */
  private static void terminate(ProcessHandle process) {
    var descendants = process.descendants().toList();
    process.destroy();
    try {
      process.onExit().get(60, TimeUnit.SECONDS);
    } catch (Exception notInTime) {
      process.destroyForcibly();
    }
    for (ProcessHandle child : descendants) {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
  }

  private void requireEnabled() {
    if (!enabled) {
      throw new IllegalStateException(
          "quarkus.elasticsearch.hosts is configured: the portal does not run its own node");
    }
  }
}
