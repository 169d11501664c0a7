package io.chorus.app.health;

import io.chorus.workflow.engine.ProcessEngineBootstrap;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers and the engine is running and can query its own tables. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

  @Resource(lookup = ProcessEngineBootstrap.DATASOURCE)
  DataSource dataSource;

  @Inject ProcessEngineBootstrap engine;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("chorus");
    boolean database = false;
    try (Connection connection = dataSource.getConnection()) {
      database = connection.isValid(2);
      response.withData("database", connection.getMetaData().getDatabaseProductName());
    } catch (Exception e) {
      response.withData("databaseError", e.getClass().getSimpleName());
    }
    boolean engineUp = false;
    if (engine.isRunning()) {
      try {
        response.withData(
            "processDefinitions",
            engine.engine().getRepositoryService().createProcessDefinitionQuery().count());
        engineUp = true;
      } catch (RuntimeException e) {
        response.withData("engineError", e.getClass().getSimpleName());
      }
    }
    return response
        .withData("engine", engineUp ? "running" : "down")
        .status(database && engineUp)
        .build();
  }
}
