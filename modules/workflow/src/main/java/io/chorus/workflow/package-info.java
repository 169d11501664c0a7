/**
 * Generic workflow infrastructure: the Camunda engine running inside the application server, and
 * the services (task list, process status) that the web layer reads. Knows nothing of campaigns.
 */
package io.chorus.workflow;
