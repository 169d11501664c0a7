package io.chorus.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The job executor's lock owner: readable, and unique per running node by default. */
class ProcessEngineBootstrapTest {

  @Test
  void theConfiguredLockOwnerWins() {
    assertThat(
            ProcessEngineBootstrap.lockOwner(
                Optional.of(" node-b-7f3a "), Optional.of("r6-b"), 4711))
        .isEqualTo("node-b-7f3a");
  }

  @Test
  void byDefaultTheLockOwnerIsTheNodesNameAndProcessId() {
    assertThat(ProcessEngineBootstrap.lockOwner(Optional.empty(), Optional.of("r6-b"), 4711))
        .isEqualTo("r6-b/4711");
    assertThat(ProcessEngineBootstrap.lockOwner(Optional.of("  "), Optional.of("r6-b"), 4711))
        .isEqualTo("r6-b/4711");
  }

  @Test
  void withoutANodeNameTheLockOwnerIsTheHostNameAndProcessId() {
    assertThat(ProcessEngineBootstrap.lockOwner(Optional.empty(), Optional.empty(), 4711))
        .endsWith("/4711")
        .doesNotStartWith("/");
    assertThat(ProcessEngineBootstrap.lockOwner(Optional.empty(), Optional.of(" "), 4711))
        .endsWith("/4711")
        .doesNotStartWith("/");
  }
}
