/** MicroProfile Health checks: live while the JVM serves, ready when database and engine are. */
package io.chorus.app.health;
