package io.chorus.app.security;

import io.chorus.workflow.engine.ProcessEngineBootstrap;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;

/**
 * Tells the engine who is acting for the length of a request, so that Camunda records the logged-in
 * user as the author of every operation in its user operation log and checks candidate groups
 * against the user's roles.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class EngineUserFilter extends HttpFilter {

  @Inject ProcessEngineBootstrap engine;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String user = request.getRemoteUser();
    if (user == null || !engine.isRunning()) {
      chain.doFilter(request, response);
      return;
    }
    IdentityService identityService = engine.engine().getIdentityService();
    List<String> groups = Roles.ALL.stream().filter(request::isUserInRole).toList();
    identityService.setAuthentication(user, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
