/**
 * The forms that complete the processes' user tasks: validated fields in, process variables out.
 */
package io.chorus.campaign.forms;
