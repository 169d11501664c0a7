package io.chorus.campaign;

/**
 * The way out to creators. The default sends e-mail through the SMTP server set by {@code
 * chorus.mail.smtp.host} (for example a local Postfix or a relay); without one, messages stay in
 * the outbox. Another channel (a CRM, a messaging platform) is a CDI {@code @Alternative} bean
 * implementing this interface, enabled with {@code @Priority}.
 */
public interface MessageChannel {

  /** False when nothing is set up to deliver messages; they then stay in the outbox. */
  boolean configured();

  /**
   * Delivers one message.
   *
   * @throws DeliveryException when the message could not be handed over; the message says why
   */
  void send(String to, String subject, String body) throws DeliveryException;

  /** A message could not be handed over. */
  class DeliveryException extends Exception {
    public DeliveryException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
