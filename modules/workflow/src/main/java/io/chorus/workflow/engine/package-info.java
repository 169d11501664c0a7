/**
 * Builds the embedded Camunda engine on the container's DataSource and JTA transaction manager,
 * runs its jobs on container-managed threads and resolves CDI beans in BPMN expressions.
 */
package io.chorus.workflow.engine;
