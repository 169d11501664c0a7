/** Process status over REST: counts per activity, incidents, bulk retry, BPMN XML, history. */
package io.chorus.app.api.status;
