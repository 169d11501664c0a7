/**
 * Campaign pages for operations and managers: the list, the create/edit form with its shortlist
 * step and launch, and the managers' report page with its charts.
 */
package io.chorus.app.web.campaigns;
