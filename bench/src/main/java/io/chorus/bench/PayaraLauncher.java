package io.chorus.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts Payara Micro with the built WAR on a free port, with a fresh H2 database in a temporary
 * directory (or the PostgreSQL URL given), waits until {@code /health/ready} answers 200, and stops
 * it again. Demo mode is on so the demo users exist to log in with.
 */
public final class PayaraLauncher implements AutoCloseable {

  private final Process process;
  private final Path workDir;
  private final boolean keep;
  private final int port;
  private final double startupMillis;

  private PayaraLauncher(
      Process process, Path workDir, boolean keep, int port, double startupMillis) {
    this.process = process;
    this.workDir = workDir;
    this.keep = keep;
    this.port = port;
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
      Duration startupTimeout) {}

  public static Settings fromOptions(Options options) {
    return new Settings(
        Path.of(options.string("war", "modules/app/target/chorus.war")),
        Path.of(options.string("payara-jar", "modules/app/target/payara-micro.jar")),
        options.integer("port", 0),
        options.string("db-url", System.getProperty("chorus.db.url")),
        options.string("db-user", System.getProperty("chorus.db.user", "chorus")),
        options.string("db-password", System.getProperty("chorus.db.password", "chorus")),
        options.string("jvm-options", "-Xmx1536m -XX:+UseParallelGC"),
        options.flag("keep"),
        Duration.ofSeconds(options.integer("startup-timeout", 300)));
  }

  public static PayaraLauncher start(Settings settings) throws IOException, InterruptedException {
    require(settings.war(), "the WAR (mvn -pl bench -am package builds it)");
    require(settings.payaraJar(), "payara-micro.jar (copied to modules/app/target by the build)");
    int port = settings.port() > 0 ? settings.port() : freePort();
    Path workDir = Files.createTempDirectory("chorus-bench-");
    String dbUrl =
        settings.dbUrl() == null || settings.dbUrl().isBlank()
            ? "jdbc:h2:file:" + workDir.resolve("db/chorus").toAbsolutePath()
            : settings.dbUrl();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(settings.jvmOptions().trim().split("\\s+")));
    command.add("-Dchorus.demo.enabled=true");
    command.add("-Dchorus.db.url=" + dbUrl);
    command.add("-Dchorus.db.user=" + settings.dbUser());
    command.add("-Dchorus.db.password=" + settings.dbPassword());
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
    Path log = workDir.resolve("payara.log");
    System.err.printf("Starting Payara Micro on port %d (database %s, log %s)%n", port, dbUrl, log);
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    PayaraLauncher launcher;
    try {
      waitUntilReady(process, port, settings.startupTimeout(), log);
      launcher =
          new PayaraLauncher(
              process, workDir, settings.keep(), port, (System.nanoTime() - started) / 1_000_000.0);
    } catch (IOException | InterruptedException | RuntimeException e) {
      process.destroyForcibly();
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
      if (Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1)
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
      Thread.sleep(500);
    }
    throw new IllegalStateException("Payara Micro not ready within " + timeout + "; see " + log);
  }

  public URI baseUri() {
    return URI.create("http://localhost:" + port + "/chorus/");
  }

  public double startupMillis() {
    return startupMillis;
  }

  /** Stops the server (SIGTERM, then kill after 30 s) and deletes its data unless kept. */
  @Override
  public void close() throws IOException, InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
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
