/**
 * The embedded Elasticsearch node a portal starts when no cluster is configured ({@link
 * io.newsdesk.node.EmbeddedElasticsearch}): found beside the packaged app ({@link
 * io.newsdesk.node.NodeDistribution}), run as an unprivileged user when started as root, reused,
 * watched and restarted.
 */
package io.newsdesk.node;
