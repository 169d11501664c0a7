package io.chorus.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for two kinds of client.
 *
 * <ul>
 *   <li>The REST APIs ({@code /api/}, {@code /engine-rest/}) take HTTP Basic on every call and
 *       answer 401 with a JSON body when it is missing or wrong; they never redirect.
 *   <li>Pages use form login: the login page hands the credential over through {@code
 *       SecurityContext.authenticate}; a protected page without a session redirects to the login
 *       page and, after login, back to where the user was going.
 * </ul>
 *
 * <p>{@link AutoApplySession} keeps a successful login in the HTTP session.
 */
@AutoApplySession
@ApplicationScoped
public class ChorusAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Session attribute holding the page a user asked for before being sent to log in. */
  public static final String SAVED_TARGET = "chorus.login.target";

  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStoreHandler;
  @Inject VerifiedCredentials verifiedCredentials;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // This runs before any filter, and a 401 or a redirect to the login page ends the request
    // here: set the security headers now, or those answers go out without them.
    SecurityHeadersFilter.apply(response);
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential != null) {
      // Programmatic login from the login page.
      CredentialValidationResult result = identityStoreHandler.validate(credential);
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : AuthenticationStatus.SEND_FAILURE;
    }
    if (isAnonymousSubmission(request)) {
      // The creator's submission link: the token in the path is the credential, checked by the
      // resource. Staff may still send their credentials.
      return context.doNothing();
    }
    if (isApi(request)) {
      return authenticateApi(request, response, context);
    }
    if (context.isProtected()) {
      String target = request.getRequestURI();
      if (request.getQueryString() != null) {
        target += "?" + request.getQueryString();
      }
      request.getSession(true).setAttribute(SAVED_TARGET, target);
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  private AuthenticationStatus authenticateApi(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential basic = decode(header.substring(6).trim());
      if (basic != null) {
        CredentialValidationResult result =
            verifiedCredentials.validate(basic, identityStoreHandler::validate);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          return context.notifyContainerAboutLogin(result);
        }
      }
      return unauthorized(response, "Wrong user name or password.");
    }
    return unauthorized(response, "Authentication required: send HTTP Basic credentials.");
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"Chorus\", charset=\"UTF-8\"");
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write("{\"status\":401,\"title\":\"Unauthorized\",\"message\":\"" + message + "\"}");
      response.flushBuffer();
    } catch (IOException e) {
      // The client went away; nothing to tell it.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static UsernamePasswordCredential decode(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = pair.indexOf(':');
      return colon <= 0
          ? null
          : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** {@code /api/submissions/...} without credentials: the only API path open to anonymous. */
  static boolean isAnonymousSubmission(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // No dot segments or path parameters that could lead the container elsewhere; every other
    // resource also carries @RolesAllowed, so this is the second lock, not the only one.
    return path.startsWith(SUBMISSIONS)
        && !path.contains("..")
        && !path.contains(";")
        && !path.contains("%")
        && request.getHeader("Authorization") == null;
  }

  static final String SUBMISSIONS = "/api/submissions/";

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/") || path.startsWith("/engine-rest/");
  }
}
