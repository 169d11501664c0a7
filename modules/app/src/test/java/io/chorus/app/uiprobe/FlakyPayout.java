package io.chorus.app.uiprobe;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Fails while the instance's {@code providerDown} variable is true, as a payout would. */
public class FlakyPayout implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable("providerDown"))) {
      throw new IllegalStateException("Payment provider unavailable: connection refused");
    }
    execution.setVariable("paidOut", true);
  }
}
