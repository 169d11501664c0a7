/** The task list over REST: list, counts, claim, unclaim, complete with validated form data. */
package io.chorus.app.api.tasks;
