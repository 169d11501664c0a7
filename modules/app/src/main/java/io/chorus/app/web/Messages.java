package io.chorus.app.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Page messages in one line each; kept over a redirect. */
public final class Messages {

  private Messages() {}

  public static void info(String summary, String detail) {
    add(null, FacesMessage.SEVERITY_INFO, summary, detail);
  }

  public static void error(String summary, String detail) {
    add(null, FacesMessage.SEVERITY_ERROR, summary, detail);
  }

  public static void field(String clientId, String message) {
    add(clientId, FacesMessage.SEVERITY_ERROR, message, message);
  }

  private static void add(
      String clientId, FacesMessage.Severity severity, String summary, String detail) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.addMessage(clientId, new FacesMessage(severity, summary, detail));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }
}
