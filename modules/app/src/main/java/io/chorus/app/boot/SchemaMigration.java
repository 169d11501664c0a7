package io.chorus.app.boot;

import io.chorus.workflow.engine.ProcessEngineBootstrap;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the schema up to date with Liquibase before anything else touches the database. One master
 * changelog covers Camunda's own tables (the changelog that ships inside camunda-engine) and each
 * module's tables, so an engine upgrade and an application change migrate alike.
 */
@ApplicationScoped
public class SchemaMigration {

  static final String MASTER_CHANGELOG = "db/changelog/master.xml";
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = ProcessEngineBootstrap.DATASOURCE)
  DataSource dataSource;

  public void migrate() {
    long started = System.nanoTime();
    try (Connection connection = dataSource.getConnection()) {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      Scope.child(
          Map.of(
              Scope.Attr.resourceAccessor.name(),
              new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader())),
          () ->
              new CommandScope(UpdateCommandStep.COMMAND_NAME)
                  .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                  .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, MASTER_CHANGELOG)
                  .execute());
      LOG.info(
          () ->
              String.format(
                  "Schema of %s is up to date (%d ms)",
                  database.getDatabaseProductName(), (System.nanoTime() - started) / 1_000_000));
    } catch (Exception e) {
      throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
    }
  }
}
