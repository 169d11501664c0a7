package io.chorus.app.web.errors;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that reaches Faces into a message on a page: an expired page or a link from
 * outside (CSRF protection of protected views) says to do it again; anything else gets an error
 * number that is in the log with the stack trace, which never reaches the browser.
 */
public class ChorusExceptionHandlerFactory extends ExceptionHandlerFactory {

  public ChorusExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(Handler.class.getName());

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      FacesContext context = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      String summary = null;
      String detail = null;
      String target = null;
      while (events.hasNext()) {
        Throwable error = events.next().getContext().getException();
        events.remove();
        Throwable root = root(error);
        if (root instanceof ViewExpiredException) {
          summary = "This page had expired, so nothing was saved.";
          detail = "It has been loaded again: please do it once more.";
          target = ((ViewExpiredException) root).getViewId();
        } else if (root instanceof ProtectedViewException) {
          summary = "That link did not come from a Chorus page.";
          detail = "For your safety it was not opened. Open the task from your task list.";
          target = "/tasks.xhtml";
        } else {
          String number = Long.toHexString(System.currentTimeMillis());
          LOG.log(Level.SEVERE, "Page error " + number, error);
          summary = "Something went wrong on our side (error " + number + ").";
          detail =
              "Nothing was lost that you saw saved. Reload the page and try again; if it keeps"
                  + " happening, tell an administrator the error number.";
          target = "/index.xhtml";
        }
      }
      if (summary != null && context != null && !context.getResponseComplete()) {
        ExternalContext external = context.getExternalContext();
        external.getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
        try {
          String path = target == null || target.isBlank() ? "/index.xhtml" : target;
          external.redirect(external.getRequestContextPath() + path);
          context.responseComplete();
        } catch (IOException | IllegalStateException e) {
          LOG.log(Level.WARNING, "Could not redirect after a page error", e);
        }
      }
      getWrapped().handle();
    }

    private static Throwable root(Throwable error) {
      Throwable current = error;
      while (!(current instanceof ViewExpiredException)
          && !(current instanceof ProtectedViewException)
          && (current instanceof FacesException
              || current instanceof jakarta.el.ELException
              || current.getClass().getName().endsWith("EJBException"))
          && current.getCause() != null) {
        current = current.getCause();
      }
      return current;
    }
  }
}
