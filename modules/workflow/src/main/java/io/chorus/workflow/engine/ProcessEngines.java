package io.chorus.workflow.engine;

/** Names shared by the engine and the code that looks it up (for example the REST API). */
public final class ProcessEngines {

  /** Chorus runs one engine; Camunda clients address it as "default". */
  public static final String NAME = "default";

  private ProcessEngines() {}
}
