/** Backing beans of the Faces pages. */
package io.chorus.app.web;
