package io.chorus.app.api;

import jakarta.ws.rs.ApplicationPath;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * Chorus's own API. Resources are found in this package and below, not by a scan of the whole WAR,
 * which would also pick up Camunda's REST resources and their Jackson providers.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Chorus API",
            version = "1",
            description = "Influencer and KOL campaigns run as BPMN processes."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ChorusApi extends ResourceConfig {

  public ChorusApi() {
    packages(true, ChorusApi.class.getPackageName());
    register(RolesAllowedDynamicFeature.class);
  }
}
