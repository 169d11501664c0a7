/**
 * Test probes deployed with the real WAR: beans and BPMN files that exist only so integration tests
 * can observe transactions, the job executor and security from inside the server.
 */
package io.chorus.app.probe;
