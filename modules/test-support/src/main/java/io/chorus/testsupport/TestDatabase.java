package io.chorus.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * A fresh in-memory H2 database with a module's Liquibase changelog ({@code
 * db/<module>/changelog.xml}) applied, and the module's own persistence unit (from the real
 * persistence.xml) switched to resource-local transactions. So a module's tests exercise the
 * shipped schema and the shipped entity list, without an application server.
 */
public final class TestDatabase implements AutoCloseable {

  public final String url;
  public final EntityManagerFactory emf;

  private TestDatabase(String url, EntityManagerFactory emf) {
    this.url = url;
    this.emf = emf;
  }

  /** A database for the module whose changelog and persistence unit are named {@code module}. */
  public static TestDatabase create(String module) {
    System.setProperty("liquibase.analytics.enabled", "false");
    System.setProperty("liquibase.showBanner", "false");
    String url =
        "jdbc:h2:mem:" + module + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      Database database =
          DatabaseFactory.getInstance()
              .findCorrectDatabaseImplementation(new JdbcConnection(connection));
      Scope.child(
          Map.of(
              Scope.Attr.resourceAccessor.name(),
              new ClassLoaderResourceAccessor(TestDatabase.class.getClassLoader())),
          () ->
              new CommandScope(UpdateCommandStep.COMMAND_NAME)
                  .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                  .addArgumentValue(
                      UpdateCommandStep.CHANGELOG_FILE_ARG, "db/" + module + "/changelog.xml")
                  .execute());
    } catch (Exception e) {
      throw new IllegalStateException("Migration failed: " + e.getMessage(), e);
    }
    EntityManagerFactory emf =
        Persistence.createEntityManagerFactory(
            module,
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.weaving", "false",
                "eclipselink.logging.level", "WARNING"));
    return new TestDatabase(url, emf);
  }

  public Connection connection() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }

  /** Runs {@code work} in its own entity manager and transaction, committing at the end. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  public long count(String table) {
    try (Connection c = connection();
        var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    emf.close();
    try (Connection c = connection()) {
      c.createStatement().execute("shutdown");
    } catch (SQLException e) {
      // already gone
    }
  }
}
