/** What a page shows when something fails: a message that says what to do, never a stack trace. */
package io.chorus.app.web.errors;
