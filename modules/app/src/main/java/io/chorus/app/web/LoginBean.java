package io.chorus.app.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import io.chorus.app.security.ChorusAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/** The login form: hands the credential to the authentication mechanism, then goes on. */
@Named
@RequestScoped
public class LoginBean {

  @Inject SecurityContext securityContext;
  @Inject FacesContext facesContext;

  @NotBlank(message = "Enter your user name.")
  private String username;

  @NotBlank(message = "Enter your password.")
  private String password;

  public String login() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            response,
            withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
    switch (status) {
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SUCCESS -> {
        HttpSession session = request.getSession();
        Object target = session.getAttribute(ChorusAuthenticationMechanism.SAVED_TARGET);
        session.removeAttribute(ChorusAuthenticationMechanism.SAVED_TARGET);
        external.redirect(
            target instanceof String path && path.startsWith(request.getContextPath() + "/")
                ? path
                : request.getContextPath() + "/");
        facesContext.responseComplete();
      }
      default ->
          facesContext.addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  "Wrong user name or password.",
                  "Check both and try again."));
    }
    return null;
  }

  public String logout() throws IOException {
    ExternalContext external = facesContext.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      request.logout();
    } catch (jakarta.servlet.ServletException e) {
      // Already logged out.
    }
    external.invalidateSession();
    external.redirect(request.getContextPath() + ChorusAuthenticationMechanism.LOGIN_PAGE);
    return null;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
