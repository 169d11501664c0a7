/** The task list and task forms for operations staff and managers, on the task list service. */
package io.chorus.app.web.tasks;
