package io.chorus.campaign.internal;

import io.chorus.campaign.CampaignException;
import io.chorus.campaign.CampaignException.Reason;
import io.chorus.campaign.CreatorMessageView;
import io.chorus.campaign.CreatorMessages;
import io.chorus.campaign.MessageChannel;
import io.chorus.campaign.MessageChannel.DeliveryException;
import io.chorus.campaign.MessageStatus;
import io.chorus.campaign.ReminderKind;
import io.chorus.roster.CreatorDetails;
import io.chorus.roster.RosterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/** Writes reminders to creators, keeps each one and sends it through the {@link MessageChannel}. */
@ApplicationScoped
public class DefaultCreatorMessages implements CreatorMessages {

  private static final Logger LOG = Logger.getLogger(DefaultCreatorMessages.class.getName());

  @PersistenceContext(unitName = "campaign")
  EntityManager em;

  @Inject RosterService roster;
  @Inject MessageChannel channel;

  @Override
  @Transactional
  public CreatorMessageView remind(long engagementId, ReminderKind kind) {
    EngagementEntity engagement = em.find(EngagementEntity.class, engagementId);
    if (engagement == null) {
      throw new CampaignException(Reason.NOT_FOUND, null, "No engagement " + engagementId + ".");
    }
    CampaignEntity campaign = em.find(CampaignEntity.class, engagement.campaignId);
    CreatorDetails creator = roster.get(engagement.creatorId);

    MessageEntity message = new MessageEntity();
    message.engagementId = engagementId;
    message.campaignId = engagement.campaignId;
    message.kind = kind;
    message.recipient = blankToNull(creator.email());
    message.subject = subject(kind, campaign);
    message.body = body(kind, creator.name(), campaign);
    message.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    deliver(message);
    em.persist(message);
    LOG.info(
        () ->
            String.format(
                "Engagement %d: %s reminder to %s: %s%s",
                engagementId,
                kind,
                message.recipient,
                message.status,
                message.detail == null ? "" : " (" + message.detail + ")"));
    return message.view();
  }

  private void deliver(MessageEntity message) {
    if (message.recipient == null) {
      message.status = MessageStatus.NO_ADDRESS;
      message.detail = "The creator has no e-mail address in the roster.";
    } else if (!channel.configured()) {
      message.status = MessageStatus.OUTBOX;
      message.detail = "No mail server is configured (chorus.mail.smtp.host).";
    } else {
      try {
        channel.send(message.recipient, message.subject, message.body);
        message.status = MessageStatus.SENT;
      } catch (DeliveryException e) {
        message.status = MessageStatus.FAILED;
        message.detail = truncate(e.getMessage(), 500);
      }
    }
  }

  @Override
  public List<CreatorMessageView> ofEngagement(long engagementId) {
    return em
        .createQuery(
            "select m from MessageEntity m where m.engagementId = :engagement"
                + " order by m.createdAt desc, m.id desc",
            MessageEntity.class)
        .setParameter("engagement", engagementId)
        .getResultList()
        .stream()
        .map(MessageEntity::view)
        .toList();
  }

  static String subject(ReminderKind kind, CampaignEntity campaign) {
    return switch (kind) {
      case RESPONSE -> "Reminder: our offer for " + campaign.name;
      case SIGNATURE -> "Reminder: your contract for " + campaign.name + " awaits your signature";
      case DRAFT -> "Reminder: your draft for " + campaign.name + " is due soon";
    };
  }

  static String body(ReminderKind kind, String creatorName, CampaignEntity campaign) {
    String ask =
        switch (kind) {
          case RESPONSE ->
              "we wrote to you about our campaign "
                  + campaign.name
                  + " for "
                  + campaign.brand
                  + ". Please tell us whether you accept, decline or would like other terms.";
          case SIGNATURE ->
              "the contract for our campaign "
                  + campaign.name
                  + " for "
                  + campaign.brand
                  + " is ready and waits for your signature.";
          case DRAFT ->
              "your draft for our campaign "
                  + campaign.name
                  + " for "
                  + campaign.brand
                  + " is due soon. Please send it through the link you received.";
        };
    return "Hello " + creatorName + ",\n\n" + ask + "\n\nThank you,\n" + campaign.brand + " team";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static String truncate(String value, int max) {
    if (value == null) {
      return null;
    }
    return value.length() <= max ? value : value.substring(0, max);
  }
}
