/**
 * Camunda's standard REST API at {@code /engine-rest}, for administrators only, so that Camunda
 * Modeler can deploy to Chorus and existing Camunda clients work.
 */
package io.chorus.app.engine;
