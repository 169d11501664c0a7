package io.chorus.app.rel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One Chorus server as operations run it: Payara Micro started from the built jar with the built
 * WAR (no Arquillian), on a port of its own, a fresh root directory, the given database and payout
 * folder, demo users on. {@link #kill()} is {@code kill -9}; {@link #close()} kills whatever is
 * still running. Every node started in this JVM is also killed when the JVM exits.
 */
public final class ChorusNode implements AutoCloseable {

  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  static {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> RUNNING.forEach(Process::destroyForcibly), "rel-kill-nodes"));
  }

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private ChorusNode(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  /** The WAR the build produced ({@code -Dchorus.war}, default {@code target/chorus.war}). */
  public static Path builtWar() {
    Path war = Path.of(System.getProperty("chorus.war", "target/chorus.war"));
    if (!Files.isRegularFile(war)) {
      throw new IllegalStateException("Build the WAR first (mvn package): " + war);
    }
    return war;
  }

  /**
   * Starts a node with the given WAR ({@link #builtWar()}, or one built from it) and waits until
   * {@code /health/ready} answers 200.
   *
   * @param properties extra {@code -D} settings ("name=value")
   */
  public static ChorusNode start(
      String name,
      Path war,
      int port,
      String dbUrl,
      String dbUser,
      String dbPassword,
      Path payoutDir,
      Path workDir,
      List<String> properties)
      throws IOException, InterruptedException {
    Path micro = Path.of(System.getProperty("payara.micro.jar", "target/payara-micro.jar"));
    if (!Files.isRegularFile(war) || !Files.isRegularFile(micro)) {
      throw new IllegalStateException("Build the WAR first (mvn package): " + war + ", " + micro);
    }
    Path root = Files.createTempDirectory(workDir, name + "-root-");
    Path log = workDir.resolve(name + "-" + System.currentTimeMillis() + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            System.getProperty("chorus.rel.jvm.options", "-Xmx768m -XX:+UseSerialGC -Xss512k")
                .trim()
                .split("\\s+")));
    command.add("-Dchorus.db.url=" + dbUrl);
    command.add("-Dchorus.db.user=" + dbUser);
    command.add("-Dchorus.db.password=" + dbPassword);
    command.add("-Dchorus.demo.enabled=true");
    command.add("-Dchorus.payout.dir=" + payoutDir.toAbsolutePath());
    command.add("-Dchorus.engine.hostname=" + name);
    for (String property : properties) {
      command.add("-D" + property);
    }
    command.addAll(
        List.of(
            "-jar",
            micro.toAbsolutePath().toString(),
            "--deploy",
            war.toAbsolutePath().toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(port),
            "--nohazelcast",
            "--rootdir",
            root.toString()));
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    RUNNING.add(process);
    ChorusNode node = new ChorusNode(name, port, log, process);
    try {
      node.awaitReady(Duration.ofSeconds(Long.getLong("chorus.rel.startup.seconds", 900)));
    } catch (IOException | InterruptedException | RuntimeException e) {
      node.kill();
      throw e;
    }
    System.out.printf(
        "[rel] node %s (pid %d) ready on port %d in %.1f s, log %s%n",
        name, process.pid(), port, (System.nanoTime() - started) / 1e9, log);
    return node;
  }

  private void awaitReady(Duration timeout) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Payara Micro " + name + " exited with " + process.exitValue() + "; see " + log);
      }
      if (Files.readString(log, StandardCharsets.ISO_8859_1)
          .contains("Exception while loading the app")) {
        throw new IllegalStateException("The WAR failed to deploy on " + name + "; see " + log);
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
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " not ready within " + timeout + "; see " + log);
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** The base address of the WAR (context root "/"). */
  public URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** {@code kill -9}: no shutdown hook, no @PreDestroy, no transaction completes. */
  public void kill() throws InterruptedException {
    if (process.isAlive()) {
      process.destroyForcibly(); // SIGKILL on Linux
      process.waitFor(30, TimeUnit.SECONDS);
      System.out.printf("[rel] node %s (pid %d) killed with SIGKILL%n", name, process.pid());
    }
    RUNNING.remove(process);
  }

  /**
   * {@code kill -STOP}: the node stops where it is, holding its locks and open transactions, until
   * {@link #resume()} or {@link #kill()}. Lets a test look at what the node holds before it decides
   * to kill it, without the node moving on meanwhile.
   */
  public void pause() throws IOException, InterruptedException {
    signal("STOP");
  }

  /** {@code kill -CONT}: a paused node goes on. */
  public void resume() throws IOException, InterruptedException {
    signal("CONT");
  }

  private void signal(String signal) throws IOException, InterruptedException {
    int exit =
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
            .inheritIO()
            .start()
            .waitFor();
    if (exit != 0) {
      throw new IllegalStateException("kill -" + signal + " " + process.pid() + " exited " + exit);
    }
  }

  /** Lines of the server log that contain the text (for defects worth reporting). */
  public List<String> logLines(String text) throws IOException {
    if (!Files.isRegularFile(log)) {
      return List.of();
    }
    return Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream()
        .filter(l -> l.contains(text))
        .toList();
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }
}
