/**
 * Test helpers shared by the modules' own tests: a migrated in-memory database with the module's
 * persistence unit, and a recording stand-in for CDI events. Test scope only; never in the WAR.
 */
package io.chorus.testsupport;
