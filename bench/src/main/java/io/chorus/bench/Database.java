package io.chorus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The two databases Chorus runs on, with the connection settings the bench uses. PostgreSQL
 * databases are the bench's own ({@code chorus_bench}, {@code chorus_bench_base}, created by hand
 * once; see the README) and are emptied before use; H2 databases are fresh files in a temporary
 * directory.
 */
public enum Database {
  H2,
  POSTGRES;

  public String label() {
    return this == H2 ? "H2" : "PostgreSQL";
  }

  public static Database parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return switch (n) {
      case "h2" -> H2;
      case "postgres", "postgresql", "pg" -> POSTGRES;
      default -> throw new IllegalArgumentException("Unknown database " + name + " (h2, postgres)");
    };
  }

  /** Where one PostgreSQL database of the bench lives, and how to connect. */
  public record Pg(String url, String user, String password) {

    /** The bench's PostgreSQL database of a given name on the configured server. */
    public static Pg of(Options options, String database) {
      String server = options.string("pg-server", "jdbc:postgresql://127.0.0.1:5432/");
      return new Pg(
          server + database,
          options.string("pg-user", "postgres"),
          options.string("pg-password", ""));
    }

    public String name() {
      String tail = url.substring(url.lastIndexOf('/') + 1);
      int q = tail.indexOf('?');
      return q < 0 ? tail : tail.substring(0, q);
    }

    public Connection connect() throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    /** Drops everything in the public schema: the bench's databases start empty every run. */
    public Pg reset() throws SQLException {
      if (!name().startsWith("chorus_bench")) {
        throw new IllegalStateException(
            "The bench only empties its own databases (chorus_bench*), not " + name());
      }
      try (Connection c = connect();
          Statement s = c.createStatement()) {
        s.execute("drop schema if exists public cascade");
        s.execute("create schema public");
      }
      return this;
    }
  }

  /**
   * Settings of every H2 URL of the bench, Chorus's and the bare engine's alike: those of {@code
   * ./chorus run} (a 256 MB page cache, without which a search that reads the whole roster reads it
   * from the file again), plus {@code -Dchorus.bench.h2-options}.
   */
  public static final String H2_OPTIONS =
      ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;CACHE_SIZE=262144"
          + System.getProperty("chorus.bench.h2-options", "");

  /** The URL of an H2 file database at this path, with {@link #H2_OPTIONS}. */
  public static String h2Url(Path file) {
    return "jdbc:h2:file:" + file.toAbsolutePath() + H2_OPTIONS;
  }

  /** A fresh H2 file database URL in a new temporary directory. */
  public static String freshH2(String name) {
    try {
      Path dir = Files.createTempDirectory("chorus-bench-h2-");
      dir.toFile().deleteOnExit();
      return h2Url(dir.resolve(name));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
