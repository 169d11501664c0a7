package io.chorus.app.engine;

import io.chorus.workflow.engine.ProcessEngines;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;

/** Hands Camunda's REST resources the engine that Chorus built (registered by Camunda itself). */
public class ChorusProcessEngineProvider implements ProcessEngineProvider {

  @Override
  public ProcessEngine getDefaultProcessEngine() {
    return org.camunda.bpm.engine.ProcessEngines.getProcessEngine(ProcessEngines.NAME);
  }

  @Override
  public ProcessEngine getProcessEngine(String name) {
    return org.camunda.bpm.engine.ProcessEngines.getProcessEngine(name);
  }

  @Override
  public Set<String> getProcessEngineNames() {
    return org.camunda.bpm.engine.ProcessEngines.getProcessEngines().keySet();
  }
}
