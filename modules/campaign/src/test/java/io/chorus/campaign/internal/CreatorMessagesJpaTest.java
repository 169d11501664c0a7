package io.chorus.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.chorus.campaign.CreatorMessageView;
import io.chorus.campaign.MessageStatus;
import io.chorus.campaign.ReminderKind;
import io.chorus.roster.CreatorDetails;
import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.RosterService;
import io.chorus.roster.Tier;
import io.chorus.testsupport.TestDatabase;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reminders to creators on the real schema, sent through a real SMTP server (GreenMail) in the test
 * JVM: the creator receives the mail, and the engagement keeps the message with what became of it.
 */
class CreatorMessagesJpaTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  private TestDatabase db;
  private String creatorEmail = "lena@example.com";

  @BeforeEach
  void schema() throws Exception {
    db = TestDatabase.create("campaign");
    try (Connection c = db.connection()) {
      c.createStatement()
          .execute(
              "insert into campaign_campaign (id, version, name, brand, goal, niche, budget,"
                  + " currency, start_date, end_date, jurisdiction, platform, format,"
                  + " deliverable_count, compensation_model, status, created_by, created_at)"
                  + " values (7, 0, 'Glow Serum Launch', 'Lumen Skin', 'AWARENESS', 'skincare',"
                  + " 5000, 'EUR', date '2026-12-01', date '2027-01-31', 'US_FTC', 'INSTAGRAM',"
                  + " 'POST', 1, 'PRODUCT_ONLY', 'RUNNING', 'maya', current_timestamp)");
      c.createStatement()
          .execute(
              "insert into campaign_engagement (id, version, campaign_id, creator_id,"
                  + " creator_name, creator_kind, regulated_field, stage, stage_since, created_by)"
                  + " values (70, 0, 7, 700, 'Lena Park', 'INFLUENCER', false, 'OUTREACH',"
                  + " current_timestamp, 'olivia')");
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  private SmtpMessageChannel smtp(String host, int port) {
    SmtpMessageChannel channel = new SmtpMessageChannel();
    channel.host = Optional.ofNullable(host);
    channel.port = port;
    channel.user = Optional.empty();
    channel.password = Optional.empty();
    channel.from = "campaigns@lumen.example";
    channel.timeoutMillis = 2000;
    return channel;
  }

  private <T> T withMessages(SmtpMessageChannel channel, Function<DefaultCreatorMessages, T> work) {
    return db.inTransaction(
        (EntityManager em) -> {
          DefaultCreatorMessages messages = new DefaultCreatorMessages();
          messages.em = em;
          messages.channel = channel;
          messages.roster = roster();
          return work.apply(messages);
        });
  }

  /** The roster as the campaign module sees it: only the creator's name and address matter. */
  private RosterService roster() {
    return (RosterService)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {RosterService.class},
            (proxy, method, args) -> {
              if (method.getName().equals("get") && args[0].equals(700L)) {
                return new CreatorDetails(
                    700L,
                    3L,
                    "Lena Park",
                    creatorEmail,
                    "DE",
                    CreatorKind.INFLUENCER,
                    CreatorStatus.ACTIVE,
                    null,
                    "olivia",
                    null,
                    Set.of("de"),
                    Set.of("skincare"),
                    Tier.MICRO,
                    null,
                    25_000L,
                    null,
                    List.of(),
                    null,
                    null,
                    null);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void theCreatorReceivesTheReminderAndTheEngagementKeepsItAsSent() throws Exception {
    CreatorMessageView sent =
        withMessages(
            smtp("127.0.0.1", SMTP.getSmtp().getPort()),
            m -> m.remind(70L, ReminderKind.SIGNATURE));

    assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
    assertThat(sent.recipient()).isEqualTo("lena@example.com");
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getRecipients(Message.RecipientType.TO)[0].toString())
        .isEqualTo("lena@example.com");
    assertThat(received[0].getFrom()[0].toString()).isEqualTo("campaigns@lumen.example");
    assertThat(received[0].getSubject())
        .isEqualTo("Reminder: your contract for Glow Serum Launch awaits your signature");
    assertThat(((String) received[0].getContent()).strip())
        .startsWith("Hello Lena Park,")
        .contains("Lumen Skin");

    List<CreatorMessageView> kept = withMessages(smtp(null, 25), m -> m.ofEngagement(70L));
    assertThat(kept)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(ReminderKind.SIGNATURE);
              assertThat(m.status()).isEqualTo(MessageStatus.SENT);
              assertThat(m.createdAt()).isNotNull();
            });
    assertThat(db.count("campaign_message")).isEqualTo(1);
  }

  @Test
  void withoutAMailServerTheReminderWaitsInTheOutbox() {
    CreatorMessageView kept =
        withMessages(smtp(null, 25), m -> m.remind(70L, ReminderKind.RESPONSE));

    assertThat(kept.status()).isEqualTo(MessageStatus.OUTBOX);
    assertThat(kept.subject()).isEqualTo("Reminder: our offer for Glow Serum Launch");
    assertThat(kept.detail()).contains("chorus.mail.smtp.host");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void aMailServerThatCannotBeReachedIsRecordedAsFailedWithoutFailingTheReminder() {
    // Nothing listens on port 1 of the loopback address.
    CreatorMessageView kept =
        withMessages(smtp("127.0.0.1", 1), m -> m.remind(70L, ReminderKind.DRAFT));

    assertThat(kept.status()).isEqualTo(MessageStatus.FAILED);
    assertThat(kept.detail()).startsWith("The mail server 127.0.0.1:1 did not take the message");
    assertThat(db.count("campaign_message")).isEqualTo(1);
  }

  @Test
  void aCreatorWithoutAnAddressIsRecordedAsSuch() {
    creatorEmail = null;

    CreatorMessageView kept =
        withMessages(
            smtp("127.0.0.1", SMTP.getSmtp().getPort()), m -> m.remind(70L, ReminderKind.RESPONSE));

    assertThat(kept.status()).isEqualTo(MessageStatus.NO_ADDRESS);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }
}
