package io.chorus.app.engine;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Mounts Camunda's REST resources. They bring their own Jackson configuration, so this application
 * switches off Jersey's JSON-B and MOXy; Chorus's own API keeps JSON-B.
 */
@ApplicationPath("/engine-rest")
public class EngineRestApplication extends ResourceConfig {

  public EngineRestApplication() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(CamundaRestResources.getConfigurationClasses());
    register(AdminOnlyFilter.class);
    property("jersey.config.disableJsonBinding", true);
    property("jersey.config.disableMoxyJson", true);
  }
}
