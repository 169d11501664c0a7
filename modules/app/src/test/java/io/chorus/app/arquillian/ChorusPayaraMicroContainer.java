package io.chorus.app.arquillian;

import fish.payara.arquillian.container.payara.managed.PayaraMicroDeployableContainer;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro's managed container, made reliable for this suite in two ways.
 *
 * <p>The container learns the deployment's context root and servlets by reading Payara Micro's
 * output every 200 ms, and takes a snapshot as soon as the line {@code "Https Port(s)"} is there.
 * The {@code "Deployed"} list comes four lines later; when the reading thread is a little late (a
 * busy CI machine), the snapshot has no application in it. The test then gets {@code
 * ArquillianServletRunnerEE9 not found} in the container and 404s from the server root on the
 * client, although the application deployed fine. Here a deployment whose metadata names no servlet
 * is stopped and started again, at most {@value #ATTEMPTS} times, then reported as a deployment
 * failure with the way to see Payara Micro's output.
 *
 * <p>The container also stops Payara Micro by sending it a signal without waiting. The next test
 * class's server then starts while the last one still holds the database. Here undeploy waits until
 * the process has exited.
 */
public class ChorusPayaraMicroContainer extends PayaraMicroDeployableContainer {

  static final int ATTEMPTS = 3;
  private static final long EXIT_SECONDS = 60;
  private static final Logger LOG = Logger.getLogger(ChorusPayaraMicroContainer.class.getName());

  private ProcessHandle server;

  @Override
  public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
    for (int attempt = 1; ; attempt++) {
      Set<ProcessHandle> before = children();
      ProtocolMetaData metaData = super.deploy(archive);
      server = children().stream().filter(p -> !before.contains(p)).findFirst().orElse(null);
      if (namesAServlet(metaData)) {
        return metaData;
      }
      undeploy(archive);
      if (attempt == ATTEMPTS) {
        throw new DeploymentException(
            "Payara Micro started "
                + ATTEMPTS
                + " times but its output never listed a servlet of "
                + archive.getName()
                + ": the deployment failed. Run with -Dchorus.it.console=true to see why.");
      }
      LOG.warning(
          "Payara Micro's output was read before it listed "
              + archive.getName()
              + "'s servlets (start "
              + attempt
              + " of "
              + ATTEMPTS
              + "); starting it again.");
    }
  }

  @Override
  public void undeploy(Archive<?> archive) throws DeploymentException {
    super.undeploy(archive);
    ProcessHandle stopping = server;
    server = null;
    if (stopping != null) {
      awaitExit(stopping);
    }
  }

  /** Whether the container found the deployment: an HTTP context with at least one servlet. */
  static boolean namesAServlet(ProtocolMetaData metaData) {
    return Optional.ofNullable(metaData).stream()
        .flatMap(m -> m.getContexts(HTTPContext.class).stream())
        .anyMatch(context -> !context.getServlets().isEmpty());
  }

  private static Set<ProcessHandle> children() {
    return ProcessHandle.current().children().collect(Collectors.toSet());
  }

  private static void awaitExit(ProcessHandle process) throws DeploymentException {
    try {
      process.onExit().get(EXIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      LOG.warning("Payara Micro (pid " + process.pid() + ") did not stop; killing it.");
      process.destroyForcibly();
      process.onExit().join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeploymentException("Interrupted while Payara Micro stopped", e);
    } catch (ExecutionException e) {
      throw new DeploymentException("Waiting for Payara Micro to stop failed", e);
    }
  }
}
