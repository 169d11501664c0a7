/**
 * Startup in a fixed order: DataSource, schema migrations, process engine, processes, demo data.
 */
package io.chorus.app.boot;
