package io.chorus.app.rel;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostgreSQL database the fault tests' servers share, read directly: what the servers committed
 * is the evidence (ledger rows, messages, the engine's job log), not their logs.
 */
public final class RelDatabase {

  private final String url;
  private final String user;
  private final String password;

  public RelDatabase(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  /**
   * Why the database cannot be used, or null when it can. A missing database is created on the same
   * server (the user needs CREATEDB); an unreachable server is a reason to skip.
   */
  public String unavailableReason() {
    try (Connection c = connect()) {
      return null;
    } catch (SQLException e) {
      if ("3D000".equals(e.getSQLState())) { // database does not exist
        String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("[?;].*", "");
        String server = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(server, user, password);
            Statement s = c.createStatement()) {
          s.execute("create database " + name);
          return null;
        } catch (SQLException create) {
          return "cannot create " + name + ": " + create.getMessage();
        }
      }
      return "PostgreSQL at " + url + " is unreachable: " + e.getMessage();
    }
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Drops every table: the servers start from an empty schema and migrate it themselves. */
  public void reset() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists public cascade");
      s.execute("create schema public");
    }
  }

  public long count(String sql, Object... args) {
    return ((Number) single(sql, args)).longValue();
  }

  public Object single(String sql, Object... args) {
    List<List<Object>> rows = rows(sql, args);
    if (rows.size() != 1) {
      throw new IllegalStateException(rows.size() + " rows for " + sql);
    }
    return rows.get(0).get(0);
  }

  /** The first column of every row. */
  public <T> List<T> column(String sql, Object... args) {
    List<T> values = new ArrayList<>();
    for (List<Object> row : rows(sql, args)) {
      @SuppressWarnings("unchecked")
      T value = (T) row.get(0);
      values.add(value);
    }
    return values;
  }

  /** First column to second, in query order. */
  public <K, V> Map<K, V> map(String sql, Object... args) {
    Map<K, V> values = new LinkedHashMap<>();
    for (List<Object> row : rows(sql, args)) {
      @SuppressWarnings("unchecked")
      K key = (K) row.get(0);
      @SuppressWarnings("unchecked")
      V value = (V) row.get(1);
      values.put(key, value);
    }
    return values;
  }

  public List<List<Object>> rows(String sql, Object... args) {
    try (Connection c = connect();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        List<List<Object>> rows = new ArrayList<>();
        int columns = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= columns; i++) {
            row.add(r.getObject(i));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
