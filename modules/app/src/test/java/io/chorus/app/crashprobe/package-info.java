/**
 * Beans added to the built WAR for the crash test ({@code CrashRecoveryIT}) only: a payment
 * provider outside the server whose transfers survive the server's {@code kill -9}.
 */
package io.chorus.app.crashprobe;
