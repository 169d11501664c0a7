package io.chorus.bench;

import io.chorus.bench.jdbc.CountingDriver;
import io.chorus.bench.jdbc.StatementCounter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * Starts Payara Micro with a WAR on a free port, with a fresh H2 database in a temporary directory
 * (or the database URL given), waits until {@code /health/ready} answers 200, and stops it again.
 * Demo mode is on so the demo users exist to log in with.
 *
 * <p>Instrumented launches (the default) put the bench's statement-counting JDBC driver on the
 * server's class path, wrap the database URL with it and open a local JMX port, so {@link
 * #statements()} reads how many statements the server has sent. Startup measurements turn this off.
 */
public final class PayaraLauncher implements AutoCloseable {

  /** The JVM options of {@code ./chorus run}, so that P1-P4 measure what users start. */
  static final String DEFAULT_JVM_OPTIONS =
      "-XX:+UseSerialGC -Xss512k -Xms64m -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=96m";

  /** Servers still running, killed when the bench's JVM exits for any reason. */
  private static final java.util.Set<Process> RUNNING =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> RUNNING.forEach(p -> p.destroyForcibly()), "bench-kill-servers"));
  }

  private final Process process;
  private final Path workDir;
  private final boolean keep;
  private final int port;
  private final int jmxPort;
  private final double startupMillis;
  private JMXConnector jmx;

  private PayaraLauncher(
      Process process, Path workDir, boolean keep, int port, int jmxPort, double startupMillis) {
    this.process = process;
    this.workDir = workDir;
    this.keep = keep;
    this.port = port;
    this.jmxPort = jmxPort;
    this.startupMillis = startupMillis;
  }

  /** Settings for a launch; see {@link #fromOptions(Options)}. */
  public record Settings(
      Path war,
      Path payaraJar,
      int port,
      String dbUrl,
      String dbUser,
      String dbPassword,
      String jvmOptions,
      boolean keep,
      Duration startupTimeout,
      boolean instrumented,
      Path counterJar,
      Path postgresJar) {

    public Settings withWar(Path otherWar) {
      return new Settings(
          otherWar,
          payaraJar,
          port,
          dbUrl,
          dbUser,
          dbPassword,
          jvmOptions,
          keep,
          startupTimeout,
          instrumented,
          counterJar,
          postgresJar);
    }

    public Settings withDatabase(String url, String user, String password) {
      return new Settings(
          war,
          payaraJar,
          port,
          url,
          user,
          password,
          jvmOptions,
          keep,
          startupTimeout,
          instrumented,
          counterJar,
          postgresJar);
    }

    public Settings uninstrumented() {
      return new Settings(
          war,
          payaraJar,
          port,
          dbUrl,
          dbUser,
          dbPassword,
          jvmOptions,
          keep,
          startupTimeout,
          false,
          counterJar,
          postgresJar);
    }
  }

  public static Settings fromOptions(Options options) {
    return new Settings(
        Path.of(options.string("war", "modules/app/target/chorus.war")),
        Path.of(options.string("payara-jar", "modules/app/target/payara-micro.jar")),
        options.integer("port", 0),
        options.string("db-url", System.getProperty("chorus.db.url")),
        options.string("db-user", System.getProperty("chorus.db.user", "chorus")),
        options.string("db-password", System.getProperty("chorus.db.password", "chorus")),
        options.string("jvm-options", DEFAULT_JVM_OPTIONS),
        options.flag("keep"),
        Duration.ofSeconds(options.integer("startup-timeout", 900)),
        !options.flag("no-statement-count"),
        Path.of(options.string("counter-jar", "bench/target/chorus-bench-jdbc-counter.jar")),
        postgresJar());
  }

  /** The PostgreSQL driver next to the bench jar (target/lib), for the server's class path. */
  private static Path postgresJar() {
    try (Stream<Path> libs = Files.list(Path.of("bench/target/lib"))) {
      return libs.filter(p -> p.getFileName().toString().startsWith("postgresql-"))
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  public static PayaraLauncher start(Settings settings) throws IOException, InterruptedException {
    require(settings.war(), "the WAR (mvn -pl bench -am package builds it)");
    require(settings.payaraJar(), "payara-micro.jar (copied to modules/app/target by the build)");
    boolean instrumented = settings.instrumented() && Files.isRegularFile(settings.counterJar());
    int port = settings.port() > 0 ? settings.port() : freePort();
    int jmxPort = instrumented ? freePort() : -1;
    Path workDir = Files.createTempDirectory("chorus-bench-");
    String dbUrl =
        settings.dbUrl() == null || settings.dbUrl().isBlank()
            ? Database.h2Url(workDir.resolve("db/chorus"))
            : settings.dbUrl();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(settings.jvmOptions().trim().split("\\s+")));
    command.add("-Dchorus.demo.enabled=true");
    command.add("-Dchorus.db.url=" + (instrumented ? CountingDriver.wrap(dbUrl) : dbUrl));
    command.add("-Dchorus.db.user=" + settings.dbUser());
    command.add("-Dchorus.db.password=" + settings.dbPassword());
    command.add("-Dchorus.payout.dir=" + workDir.resolve("payouts"));
    if (instrumented) {
      command.addAll(
          List.of(
              "-Dcom.sun.management.jmxremote.port=" + jmxPort,
              "-Dcom.sun.management.jmxremote.rmi.port=" + jmxPort,
              "-Dcom.sun.management.jmxremote.host=127.0.0.1",
              "-Djava.rmi.server.hostname=127.0.0.1",
              "-Dcom.sun.management.jmxremote.authenticate=false",
              "-Dcom.sun.management.jmxremote.ssl=false"));
    }
    command.addAll(
        List.of(
            "-jar",
            settings.payaraJar().toAbsolutePath().toString(),
            "--deploy",
            settings.war().toAbsolutePath().toString(),
            "--port",
            Integer.toString(port),
            "--nohazelcast",
            "--rootdir",
            workDir.resolve("root").toString()));
    if (instrumented) {
      List<Path> libs = new ArrayList<>(List.of(settings.counterJar()));
      if (settings.postgresJar() != null) {
        // The counting driver delegates to the real one, which must be visible from its loader.
        libs.add(settings.postgresJar());
      }
      command.add("--addLibs");
      command.add(
          libs.stream()
              .map(p -> p.toAbsolutePath().toString())
              .collect(Collectors.joining(java.io.File.pathSeparator)));
    }
    Path log = workDir.resolve("payara.log");
    System.err.printf(
        "Starting Payara Micro with %s on port %d (database %s, log %s)%n",
        settings.war().getFileName(), port, dbUrl, log);
    long started = System.nanoTime();
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // As ./chorus run does: glibc's malloc arenas capped, which keeps resident memory down.
    builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
    Process process = builder.start();
    RUNNING.add(process);
    PayaraLauncher launcher;
    try {
      waitUntilReady(process, port, settings.startupTimeout(), log);
      launcher =
          new PayaraLauncher(
              process,
              workDir,
              settings.keep(),
              port,
              jmxPort,
              (System.nanoTime() - started) / 1_000_000.0);
    } catch (IOException | InterruptedException | RuntimeException e) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      if (!settings.keep()) {
        System.err.println("Server log kept for the failure: " + log);
      }
      throw e;
    }
    System.err.printf("Payara Micro ready in %.1f s%n", launcher.startupMillis / 1000);
    return launcher;
  }

  private static void waitUntilReady(Process process, int port, Duration timeout, Path log)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://localhost:" + port + "/health/ready");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro exited with " + process.exitValue() + "; see " + log);
      }
      if (Files.readString(log, StandardCharsets.ISO_8859_1)
          .contains("Exception while loading the app")) {
        throw new IllegalStateException("The WAR failed to deploy; see " + log);
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Payara Micro not ready within " + timeout + "; see " + log);
  }

  /**
   * A server someone else started and stops (for developing a benchmark against one long-lived
   * server): {@code --attach-port}, and {@code --attach-jmx} for statement counts.
   */
  public static PayaraLauncher attach(int port, int jmxPort) {
    return new PayaraLauncher(null, null, true, port, jmxPort, Double.NaN);
  }

  public URI baseUri() {
    return URI.create("http://localhost:" + port + "/chorus/");
  }

  public double startupMillis() {
    return startupMillis;
  }

  /** Resident memory of the server's JVM now, in MB (VmRSS from /proc). */
  public double residentMegabytes() throws IOException {
    if (process == null) {
      return Double.NaN;
    }
    for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("No VmRSS for process " + process.pid());
  }

  /**
   * CPU time the server's JVM has used so far (user and system, from /proc), in milliseconds; -1
   * when the server is not a process of this bench.
   */
  public double cpuMillis() throws IOException {
    if (process == null) {
      return -1;
    }
    return Cpu.ofProcess(process.pid());
  }

  /** Statements the server has sent to its database so far, or -1 when not instrumented. */
  public long statements() throws IOException {
    if (jmxPort < 0) {
      return -1;
    }
    try {
      if (jmx == null) {
        jmx =
            JMXConnectorFactory.connect(
                new JMXServiceURL(
                    "service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi"));
      }
      MBeanServerConnection connection = jmx.getMBeanServerConnection();
      return (Long)
          connection.getAttribute(new ObjectName(StatementCounter.OBJECT_NAME), "Statements");
    } catch (javax.management.InstanceNotFoundException e) {
      return -1;
    } catch (javax.management.JMException e) {
      throw new IOException("Reading the statement count over JMX: " + e.getMessage(), e);
    }
  }

  /** Statements the server has sent so far by shape ("count SHAPE" lines), or "" if unknown. */
  public String statementShapes() throws IOException {
    if (jmxPort < 0) {
      return "";
    }
    statements(); // connects
    try {
      return (String)
          jmx.getMBeanServerConnection()
              .getAttribute(new ObjectName(StatementCounter.OBJECT_NAME), "Shapes");
    } catch (javax.management.JMException e) {
      return "";
    }
  }

  /** Stops the server (SIGTERM, then kill after 30 s) and deletes its data unless kept. */
  @Override
  public void close() throws IOException, InterruptedException {
    if (jmx != null) {
      try {
        jmx.close();
      } catch (IOException ignored) {
        // the server goes away anyway
      }
    }
    if (process == null) {
      return;
    }
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    RUNNING.remove(process);
    if (keep) {
      System.err.println("Kept the server's data and log in " + workDir);
      return;
    }
    try (Stream<Path> paths = Files.walk(workDir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static void require(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Missing " + what + ": " + file.toAbsolutePath());
    }
  }
}
