/** Camunda-backed implementations of the workflow services. */
package io.chorus.workflow.internal;
