package io.chorus.campaign.delegate;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the id variables the processes carry as strings. */
final class ProcessIds {

  private ProcessIds() {}

  static long longVar(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      throw new IllegalStateException("Process variable " + name + " is missing");
    }
    return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
  }
}
