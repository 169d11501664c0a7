package io.chorus.campaign.internal;

import io.chorus.campaign.MessageChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail through an SMTP server: {@code chorus.mail.smtp.host} and {@code .port}, optionally {@code
 * chorus.mail.smtp.user} and {@code .password} (then STARTTLS is required), sender {@code
 * chorus.mail.from}. Without a host, {@link #configured()} is false and messages stay in the
 * outbox.
 */
@ApplicationScoped
public class SmtpMessageChannel implements MessageChannel {

  @Inject
  @ConfigProperty(name = "chorus.mail.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "chorus.mail.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "chorus.mail.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "chorus.mail.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "chorus.mail.from", defaultValue = "chorus@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "chorus.mail.smtp.timeout-ms", defaultValue = "10000")
  int timeoutMillis;

  @Override
  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  @Override
  public void send(String to, String subject, String body) throws DeliveryException {
    if (!configured()) {
      throw new DeliveryException("No mail server is configured (chorus.mail.smtp.host).", null);
    }
    try {
      MimeMessage message = new MimeMessage(session());
      message.setFrom(new InternetAddress(from, true));
      message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
      message.setSubject(subject, StandardCharsets.UTF_8.name());
      message.setText(body, StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      Transport.send(message);
    } catch (MessagingException e) {
      throw new DeliveryException(
          "The mail server "
              + host.orElse("")
              + ":"
              + port
              + " did not take the message: "
              + e.getMessage(),
          e);
    }
  }

  private Session session() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.orElseThrow());
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", Integer.toString(timeoutMillis));
    properties.put("mail.smtp.timeout", Integer.toString(timeoutMillis));
    properties.put("mail.smtp.writetimeout", Integer.toString(timeoutMillis));
    if (user.filter(u -> !u.isBlank()).isPresent()) {
      properties.put("mail.smtp.auth", "true");
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
      return Session.getInstance(
          properties,
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(user.orElseThrow(), password.orElse(""));
            }
          });
    }
    return Session.getInstance(properties);
  }
}
