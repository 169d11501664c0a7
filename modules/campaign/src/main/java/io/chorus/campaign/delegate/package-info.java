/**
 * The BPMN delegates: thin named CDI beans, each turning one process step into one call on a public
 * service, with ids taken from process variables. Branching stays in gateways and DMN.
 */
package io.chorus.campaign.delegate;
