/** A payout step that fails while its provider is down, for the web UI's incident test. */
package io.chorus.app.uiprobe;
