package io.chorus.app.web;

import io.chorus.app.security.Roles;
import io.chorus.workflow.TaskFilter.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.List;

/** The logged-in user as pages need them: name, roles for the menu, and the task list viewer. */
@Named
@RequestScoped
public class WebUser {

  @Inject SecurityContext securityContext;

  public String getName() {
    return securityContext.getCallerPrincipal() == null
        ? null
        : securityContext.getCallerPrincipal().getName();
  }

  public boolean isOperations() {
    return securityContext.isCallerInRole(Roles.OPERATIONS);
  }

  public boolean isManager() {
    return securityContext.isCallerInRole(Roles.MANAGER)
        || securityContext.isCallerInRole(Roles.ADMIN);
  }

  /** Holds the MANAGER role itself (not only through ADMIN): may own a campaign. */
  public boolean isManagerRole() {
    return securityContext.isCallerInRole(Roles.MANAGER);
  }

  /** Operations staff and managers create, edit, shortlist and launch campaigns (as the API). */
  public boolean isCampaignEditor() {
    return securityContext.isCallerInRole(Roles.OPERATIONS)
        || securityContext.isCallerInRole(Roles.MANAGER);
  }

  public boolean isAdmin() {
    return securityContext.isCallerInRole(Roles.ADMIN);
  }

  public String getRoles() {
    return String.join(" ", Roles.ALL.stream().filter(securityContext::isCallerInRole).toList());
  }

  /** The same viewer the REST API builds: the user and the roles they hold, as groups. */
  public Viewer viewer() {
    return new Viewer(
        getName(), Roles.ALL.stream().filter(securityContext::isCallerInRole).toList());
  }

  /**
   * A read-only viewer over both working groups, for a manager's status pages (overdue tasks and
   * next deadlines of a campaign, whoever works them). Never used to act on a task.
   */
  public Viewer statusViewer() {
    return new Viewer(getName(), List.of(Roles.OPERATIONS, Roles.MANAGER));
  }
}
