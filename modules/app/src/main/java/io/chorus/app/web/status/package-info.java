/** Managers' pages: dashboard, campaign detail with its diagrams, process history, incidents. */
package io.chorus.app.web.status;
