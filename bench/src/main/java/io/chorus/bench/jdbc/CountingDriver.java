package io.chorus.bench.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@code jdbc:counting:jdbc:postgresql://...}: connects with the driver of the real URL and counts
 * every statement executed or added to a batch on the connections it hands out.
 */
public final class CountingDriver implements Driver {

  public static final String PREFIX = "jdbc:counting:";

  private static final Set<String> EXECUTING =
      Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

  static {
    try {
      DriverManager.registerDriver(new CountingDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** The counting URL of a real one. */
  public static String wrap(String url) {
    return url.startsWith(PREFIX) ? url : PREFIX + url;
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    String real = url.substring(PREFIX.length());
    Connection connection = delegate(real).connect(real, info);
    if (connection == null) {
      throw new SQLException("No driver connected to " + real);
    }
    StatementCounter.connection();
    return proxy(Connection.class, connection, null);
  }

  private static Driver delegate(String url) throws SQLException {
    for (ClassLoader loader :
        new ClassLoader[] {
          CountingDriver.class.getClassLoader(), Thread.currentThread().getContextClassLoader()
        }) {
      if (loader == null) {
        continue;
      }
      for (Driver candidate : ServiceLoader.load(Driver.class, loader)) {
        if (!(candidate instanceof CountingDriver) && candidate.acceptsURL(url)) {
          return candidate;
        }
      }
    }
    return DriverManager.getDriver(url);
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T target, String sql) {
    return (T)
        Proxy.newProxyInstance(
            CountingDriver.class.getClassLoader(), new Class<?>[] {type}, new Handler(target, sql));
  }

  /** Wraps statements a connection creates, and counts what statements execute. */
  private static final class Handler implements InvocationHandler {

    private final Object target;
    private final String sql;

    Handler(Object target, String sql) {
      this.target = target;
      this.sql = sql;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      // Identity, not the target's: a pool keeps proxies in hash sets and finds them by equals.
      if (name.equals("equals") && method.getParameterCount() == 1) {
        return proxy == args[0];
      }
      if (name.equals("hashCode") && method.getParameterCount() == 0) {
        return System.identityHashCode(proxy);
      }
      if (target instanceof Statement && EXECUTING.contains(name)) {
        StatementCounter.statement(
            sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : null);
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      if (target instanceof Connection && result != null) {
        String text = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        if (result instanceof CallableStatement callable) {
          return proxy(CallableStatement.class, callable, text);
        } else if (result instanceof PreparedStatement prepared) {
          return proxy(PreparedStatement.class, prepared, text);
        } else if (result instanceof Statement statement) {
          return proxy(Statement.class, statement, null);
        }
      }
      return result;
    }
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return new DriverPropertyInfo[0];
  }

  @Override
  public int getMajorVersion() {
    return 1;
  }

  @Override
  public int getMinorVersion() {
    return 0;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }
}
