package io.chorus.app.boot;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;

/**
 * The DataSource the server handed to a JPA persistence unit.
 *
 * <p>Payara gives JPA its own view of {@code java:app/jdbc/chorus} (the pool's "persistence
 * manager" resource). Within one container transaction, every connection taken from that view is
 * the same pooled connection, enlisted once. A connection taken from the application's own lookup
 * of the same name is a different resource: outside a servlet request (the job executor's threads,
 * the startup bean) Payara did not enlist it at all, so the engine's statements ran in auto-commit
 * beside JPA's transaction, and a job could commit its process step while its domain write rolled
 * back. Giving the engine JPA's DataSource makes the engine and JPA one transaction everywhere.
 */
final class JpaDataSource {

  private JpaDataSource() {}

  static DataSource of(EntityManagerFactory unit) {
    Session session = unit.unwrap(Session.class);
    if (session.getDatasourceLogin() instanceof DatasourceLogin login
        && login.getConnector() instanceof JNDIConnector connector
        && connector.getDataSource() != null) {
      return connector.getDataSource();
    }
    throw new IllegalStateException(
        "The persistence unit has no container DataSource to share with the engine: "
            + session.getDatasourceLogin());
  }
}
