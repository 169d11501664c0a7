package io.chorus.bench;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a benchmark gets: the options, and servers started on demand, one per database, that live
 * until the whole run ends. {@link #api()} and {@link #server()} are the default server (H2 in a
 * fresh directory, or {@code --db-url}).
 */
public final class BenchContext implements AutoCloseable {

  private final Options options;
  private final Map<Database, PayaraLauncher> servers = new EnumMap<>(Database.class);
  private final Map<Database, ApiClient> clients = new EnumMap<>(Database.class);
  private final java.util.List<String> failures =
      java.util.Collections.synchronizedList(new java.util.ArrayList<>());
  private final Thread shutdownHook = new Thread(this::stopQuietly, "bench-servers-stop");

  public BenchContext(Options options) {
    this.options = options;
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  public Options options() {
    return options;
  }

  public boolean smoke() {
    return options.flag("smoke");
  }

  public void log(String format, Object... args) {
    System.err.printf(format + "%n", args);
  }

  /** Records a failed part of a benchmark that still returns its other rows; the run exits 1. */
  public void fail(String what, Exception e) {
    failures.add(what + ": " + e);
    System.err.println(what + " FAILED: " + e);
    e.printStackTrace();
  }

  public java.util.List<String> failures() {
    return java.util.List.copyOf(failures);
  }

  /** The default server: H2, or the database of {@code --db-url}. */
  public PayaraLauncher server() throws Exception {
    return server(Database.H2);
  }

  public ApiClient api() throws Exception {
    return api(Database.H2);
  }

  /** The server on a database, started the first time it is asked for. */
  public synchronized PayaraLauncher server(Database database) throws Exception {
    PayaraLauncher server = servers.get(database);
    if (server == null) {
      PayaraLauncher.Settings settings = PayaraLauncher.fromOptions(options);
      int attached = options.integer("attach-port-" + database.name().toLowerCase(), 0);
      if (attached > 0) {
        server =
            PayaraLauncher.attach(
                attached, options.integer("attach-jmx-" + database.name().toLowerCase(), -1));
        servers.put(database, server);
        return server;
      }
      if (database == Database.POSTGRES) {
        Database.Pg pg = Database.Pg.of(options, options.string("pg-database", "chorus_bench"));
        log("Emptying PostgreSQL database %s for the server", pg.name());
        pg.reset();
        settings = settings.withDatabase(pg.url(), pg.user(), pg.password());
      }
      server = PayaraLauncher.start(settings);
      servers.put(database, server);
    }
    return server;
  }

  /** A client of the server on a database, logged in as the operations user. */
  public synchronized ApiClient api(Database database) throws Exception {
    ApiClient client = clients.get(database);
    if (client == null) {
      client =
          new ApiClient(
              server(database).baseUri(),
              options.string("user", "olivia"),
              options.string("password", "chorus-demo"));
      clients.put(database, client);
    }
    return client;
  }

  /** The servers started so far, by database. */
  public synchronized Map<Database, PayaraLauncher> servers() {
    return Map.copyOf(servers);
  }

  @Override
  public synchronized void close() {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  private synchronized void stopQuietly() {
    for (PayaraLauncher server : servers.values()) {
      try {
        server.close();
      } catch (Exception e) {
        System.err.println("Stopping a server: " + e);
      }
    }
    servers.clear();
    clients.clear();
  }
}
