package io.chorus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The physical ceiling beside P1: how many single-row insert transactions per second the database
 * commits with the same number of clients. PostgreSQL: {@code pgbench} with a one-line insert
 * script on the bench's own database. H2: the same insert in a loop over JDBC on a fresh file
 * database in auto-commit mode.
 */
final class CommitCeiling {

  private CommitCeiling() {}

  /** Commits per second, one sample per round of {@code seconds}. */
  static double[] measure(Database database, Options options, int clients, int rounds, int seconds)
      throws Exception {
    double[] samples = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      samples[r] =
          database == Database.POSTGRES
              ? pgbench(Database.Pg.of(options, "chorus_bench_base"), clients, seconds)
              : h2Loop(clients, seconds);
    }
    return samples;
  }

  /** What the PostgreSQL server promises about durability, for the note. */
  static String postgresDurability(Options options) throws SQLException {
    try (Connection c = Database.Pg.of(options, "chorus_bench_base").connect();
        Statement s = c.createStatement()) {
      List<String> settings = new ArrayList<>();
      for (String name : List.of("fsync", "synchronous_commit", "wal_sync_method")) {
        try (var rs = s.executeQuery("show " + name)) {
          rs.next();
          settings.add(name + "=" + rs.getString(1));
        }
      }
      return String.join(", ", settings);
    }
  }

  private static double pgbench(Database.Pg pg, int clients, int seconds) throws Exception {
    try (Connection c = pg.connect();
        Statement s = c.createStatement()) {
      s.execute("create table if not exists bench_commit (id bigserial primary key, v int)");
      s.execute("truncate bench_commit");
    }
    Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/(.+)").matcher(pg.url());
    if (!url.matches()) {
      throw new IllegalArgumentException("Cannot read host and port from " + pg.url());
    }
    Path script = Files.createTempFile("chorus-bench-commit-", ".sql");
    Files.writeString(script, "insert into bench_commit (v) values (1);\n");
    try {
      List<String> command =
          List.of(
              "pgbench",
              "-n",
              "-h",
              url.group(1),
              "-p",
              url.group(2) == null ? "5432" : url.group(2),
              "-U",
              pg.user(),
              "-c",
              Integer.toString(clients),
              "-j",
              Integer.toString(clients),
              "-T",
              Integer.toString(seconds),
              "-f",
              script.toString(),
              pg.name());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      if (!pg.password().isEmpty()) {
        builder.environment().put("PGPASSWORD", pg.password());
      }
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw new IllegalStateException(
            "pgbench is not installed (apt-get install postgresql-contrib or postgresql-15)", e);
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        throw new IllegalStateException("pgbench failed: " + output);
      }
      Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
      if (!tps.find()) {
        throw new IllegalStateException("No tps in pgbench's output: " + output);
      }
      return Double.parseDouble(tps.group(1));
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private static double h2Loop(int clients, int seconds) throws Exception {
    String url = Database.freshH2("commits");
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("create table bench_commit (id bigint auto_increment primary key, v int)");
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    long[] commits = new long[clients];
    long started = System.nanoTime();
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      ids.add(i);
    }
    Parallel.forEach(
        ids,
        clients,
        i -> {
          try (Connection c = DriverManager.getConnection(url, "sa", "");
              PreparedStatement insert =
                  c.prepareStatement("insert into bench_commit (v) values (1)")) {
            c.setAutoCommit(true);
            while (System.nanoTime() < deadline) {
              insert.executeUpdate();
              commits[i]++;
            }
          }
        });
    double elapsed = (System.nanoTime() - started) / 1e9;
    try (Connection c = DriverManager.getConnection(url + ";", "sa", "");
        Statement s = c.createStatement()) {
      s.execute("shutdown");
    }
    long total = 0;
    for (long n : commits) {
      total += n;
    }
    return total / elapsed;
  }
}
