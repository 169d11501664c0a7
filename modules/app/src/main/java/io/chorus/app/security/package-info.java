/**
 * Who may do what: users and their roles in the database (PBKDF2 hashes), one authentication
 * mechanism for pages (form login) and the APIs (HTTP Basic), and the hand-over of the
 * authenticated user to the process engine, which records it as assignee and in its operation log.
 */
package io.chorus.app.security;
