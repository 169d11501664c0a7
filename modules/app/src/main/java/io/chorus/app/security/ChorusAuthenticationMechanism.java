package io.chorus.app.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
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
import java.security.Principal;
import java.util.Base64;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

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
 * <p>A page login is kept in the HTTP session, and a request of that session (a page, or a download
 * it links to) is authenticated from it, as {@code @AutoApplySession} would do. An API call with
 * Basic credentials does not open a session: with {@code @AutoApplySession} every such call created
 * one (API clients send no cookie), and each new session cost the container a session id, Faces'
 * per-session token key (which lists every charset of the JVM) and memory until it timed out: about
 * a tenth of the server's CPU in benchmark P1.
 */
@ApplicationScoped
public class ChorusAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** Session attribute holding the page a user asked for before being sent to log in. */
  public static final String SAVED_TARGET = "chorus.login.target";

  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStoreHandler;
  @Inject VerifiedCredentials verifiedCredentials;

  /** The message-info key by which the container keeps the login in the HTTP session (JASPIC). */
  static final String REGISTER_SESSION = "jakarta.servlet.http.registerSession";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // This runs before any filter, and a 401 or a redirect to the login page ends the request
    // here: set the security headers now, or those answers go out without them.
    SecurityHeadersFilter.apply(response);
    Principal sessionUser = request.getUserPrincipal();
    if (sessionUser != null) {
      // Logged in earlier in this HTTP session (what @AutoApplySession does first).
      try {
        context
            .getHandler()
            .handle(
                new Callback[] {
                  new CallerPrincipalCallback(context.getClientSubject(), sessionUser)
                });
      } catch (IOException | UnsupportedCallbackException e) {
        throw new IllegalStateException("The container refused the session's caller", e);
      }
      return AuthenticationStatus.SUCCESS;
    }
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential != null) {
      // Programmatic login from the login page.
      CredentialValidationResult result = identityStoreHandler.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      // Keep the page login in the session (the API's Basic logins are not kept).
      context.getMessageInfo().getMap().put(REGISTER_SESSION, Boolean.TRUE.toString());
      return context.notifyContainerAboutLogin(result);
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
