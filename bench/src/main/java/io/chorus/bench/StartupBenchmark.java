package io.chorus.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * P4: Payara Micro with chorus.war from process start to the first 200 on {@code /health/ready},
 * and the server's resident memory (VmRSS) right then, with demo data loaded (the WAR seeds it
 * before it reports ready). Baseline: the same Payara Micro, JVM options and flags with an empty
 * WAR. Starts alternate between the two so both see the same machine load; neither is instrumented
 * (no counting driver, no JMX port).
 *
 * <p>With {@code --smoke} there is no extra Chorus start: the figure is the bench's own H2 server
 * (instrumented), and the empty WAR starts once.
 */
public final class StartupBenchmark implements Benchmark {

  @Override
  public String name() {
    return "startup";
  }

  @Override
  public String description() {
    return "P4: Payara Micro + chorus.war to the first 200 on /health/ready and resident memory,"
        + " against Payara Micro with an empty WAR";
  }

  @Override
  public List<Result> run(BenchContext context) throws Exception {
    int rounds = context.options().integer("startup-rounds", 3, 1);
    Path emptyWar = emptyWar();
    PayaraLauncher.Settings chorus = PayaraLauncher.fromOptions(context.options()).uninstrumented();
    PayaraLauncher.Settings empty = chorus.withWar(emptyWar);
    double[] chorusSeconds = new double[rounds];
    double[] chorusMegabytes = new double[rounds];
    double[] emptySeconds = new double[rounds];
    double[] emptyMegabytes = new double[rounds];
    try {
      for (int r = 0; r < rounds; r++) {
        try (PayaraLauncher server = PayaraLauncher.start(empty)) {
          emptySeconds[r] = server.startupMillis() / 1000;
          emptyMegabytes[r] = server.residentMegabytes();
        }
        if (context.smoke()) {
          PayaraLauncher server = context.server();
          chorusSeconds[r] = server.startupMillis() / 1000;
          chorusMegabytes[r] = server.residentMegabytes();
        } else {
          try (PayaraLauncher server = PayaraLauncher.start(chorus)) {
            chorusSeconds[r] = server.startupMillis() / 1000;
            chorusMegabytes[r] = server.residentMegabytes();
          }
        }
        context.log(
            "  start %d: chorus.war %.1f s %.0f MB, empty WAR %.1f s %.0f MB",
            r, chorusSeconds[r], chorusMegabytes[r], emptySeconds[r], emptyMegabytes[r]);
      }
    } finally {
      Files.deleteIfExists(emptyWar);
    }
    String jvm = context.options().string("jvm-options", PayaraLauncher.DEFAULT_JVM_OPTIONS);
    List<Result> results = new ArrayList<>();
    results.add(
        new Result(
            "P4 startup",
            "process start to first 200 on /health/ready",
            Stats.of(chorusSeconds),
            "s",
            Stats.of(emptySeconds),
            "≤ 20 s",
            "fresh H2 with demo data; JVM " + jvm));
    results.add(
        new Result(
            "P4 startup",
            "resident memory (VmRSS) when ready",
            Stats.of(chorusMegabytes),
            "MB",
            Stats.of(emptyMegabytes),
            "≤ 600 MB",
            "baseline: Payara Micro with an empty WAR"));
    return results;
  }

  /** A WAR with one static page and nothing else. */
  static Path emptyWar() throws IOException {
    Path war = Files.createTempFile("empty-", ".war");
    try (OutputStream out = Files.newOutputStream(war);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("index.html"));
      zip.write("<!doctype html><title>empty</title>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("WEB-INF/web.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  + "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\"/>\n")
              .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return war;
  }
}
