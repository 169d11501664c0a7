/**
 * The deployable: it assembles the modules into one WAR, starts them in order (schema, engine,
 * processes, demo data), authenticates users and serves the REST API and the web UI.
 */
package io.chorus.app;
