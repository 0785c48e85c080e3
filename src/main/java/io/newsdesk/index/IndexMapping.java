package io.newsdesk.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One logical index as {@code index-mappings/<alias>.json} defines it: a create-index body whose
 * {@code mappings._meta.schema_version} names the versioned index behind the alias.
 */
public record IndexMapping(String alias, int version, String body) {

  public static IndexMapping load(String alias) {
    String resource = "index-mappings/" + alias + ".json";
    try (InputStream in = IndexMapping.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + resource + " on the classpath");
      }
      String body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      JsonNode version = new ObjectMapper().readTree(body).at("/mappings/_meta/schema_version");
      if (!version.canConvertToInt()) {
        throw new IllegalStateException(resource + " has no mappings._meta.schema_version");
      }
      return new IndexMapping(alias, version.asInt(), body);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /** The mapping's fields, by name. */
  public JsonNode properties() {
    try {
      return new ObjectMapper().readTree(body).path("mappings").path("properties");
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable mapping of " + alias, e);
    }
  }

  /** The concrete index behind the alias, e.g. {@code articles-v1}. */
  public String indexName() {
    return alias + "-v" + version;
  }
}
