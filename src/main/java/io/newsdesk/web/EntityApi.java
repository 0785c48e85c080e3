package io.newsdesk.web;

import io.newsdesk.search.EntityProfile;
import io.newsdesk.search.EntityProfiles;
import io.newsdesk.search.Facet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/entities/{type}/{name}}: an entity's spellings, outlets, dates and company. */
@Path("/api/entities/{type}/{name}")
@Produces(MediaType.APPLICATION_JSON)
class EntityApi {

  private final EntityProfiles profiles;

  EntityApi(EntityProfiles profiles) {
    this.profiles = profiles;
  }

  @GET
  public EntityProfile entity(@PathParam("type") String type, @PathParam("name") String name) {
    return profiles
        .profile(entityType(type), name)
        .orElseThrow(() -> new NotFoundException("No article names " + name));
  }

  static Facet entityType(String type) {
    return Facet.fromParameter(type)
        .filter(f -> f != Facet.OUTLET)
        .orElseThrow(
            () ->
                new BadParameterException(
                    "type", "type must be person, organization or place, not '" + type + "'"));
  }
}
