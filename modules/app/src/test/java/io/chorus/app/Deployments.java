package io.chorus.app;

import io.chorus.app.probe.ProbeDelegates;
import io.chorus.app.rel.ChorusNode;
import java.io.File;
import java.net.URI;
import java.net.URL;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR the build produced, unchanged, plus the
 * test probes (a few beans and BPMN files that exist only to observe the wiring) and test users.
 */
public final class Deployments {

  /** Password of the users {@link io.chorus.app.probe.ProbeSetup} creates. */
  public static final String PASSWORD = "it-secret-pw";

  public static final String OPS = "it-ops";
  public static final String OPS2 = "it-ops2";
  public static final String MANAGER = "it-manager";
  public static final String ADMIN = "it-admin";

  private Deployments() {}

  /**
   * The deployment's base address on the loopback interface. Payara Micro reports the machine's own
   * address; tests keep their traffic on 127.0.0.1.
   */
  public static URI loopback(URL base) {
    try {
      return new URI("http", null, "127.0.0.1", base.getPort(), base.getPath(), null, null);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The jar a test library class came from, to ship it with in-container tests. */
  static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static WebArchive chorusWithProbes() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, ChorusNode.builtWar().toFile())
        .addPackage(ProbeDelegates.class.getPackage())
        .addClass(Deployments.class)
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
        .addAsResource("it-processes/tx-probe.bpmn")
        .addAsResource("it-processes/async-probe.bpmn")
        .addAsResource("it-processes/job-tx-probe.bpmn");
  }
}
