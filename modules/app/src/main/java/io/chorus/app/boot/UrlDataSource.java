package io.chorus.app.boot;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource chosen by its JDBC URL alone, which the server pools.
 *
 * <p>Vendor DataSource classes need the class name to change with the database, and PostgreSQL's
 * lets a default {@code serverName} override the host in the URL. With this class, switching from
 * the embedded H2 database to PostgreSQL is one setting: {@code chorus.db.url}. The driver is found
 * among the JDBC drivers the application can see (both H2 and PostgreSQL are in the WAR).
 */
public class UrlDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private volatile Driver driver;
  private int loginTimeout;
  private PrintWriter logWriter;

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
    this.driver = null;
  }

  /** The server also sets the property by this name. */
  public void setURL(String url) {
    setUrl(url);
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  /** Ignored: the host is part of the URL. */
  public void setServerName(String serverName) {}

  /** Ignored: the database is part of the URL. */
  public void setDatabaseName(String databaseName) {}

  /** Ignored: the port is part of the URL. */
  public void setPortNumber(int portNumber) {}

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    Properties properties = new Properties();
    if (username != null) {
      properties.setProperty("user", username);
    }
    if (pass != null) {
      properties.setProperty("password", pass);
    }
    Connection connection = driver().connect(url, properties);
    if (connection == null) {
      throw new SQLException("The JDBC driver did not accept the URL " + url);
    }
    return connection;
  }

  private Driver driver() throws SQLException {
    Driver found = driver;
    if (found != null) {
      return found;
    }
    if (url == null || url.isBlank()) {
      throw new SQLException("No database URL: set chorus.db.url");
    }
    for (Driver candidate :
        ServiceLoader.load(Driver.class, UrlDataSource.class.getClassLoader())) {
      if (candidate.acceptsURL(url)) {
        driver = candidate;
        return candidate;
      }
    }
    throw new SQLException("No JDBC driver in the application accepts the URL " + url);
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    throw new SQLException("Not a wrapper for " + iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return iface.isInstance(this);
  }
}
