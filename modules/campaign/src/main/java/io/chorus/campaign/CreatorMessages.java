package io.chorus.campaign;

import java.util.List;

/**
 * Reminders to creators. Each one is kept, with what became of it, whether or not a mail server is
 * configured, so staff see in the engagement what the creator was told and when.
 */
public interface CreatorMessages {

  /**
   * Writes the reminder of this kind to the engagement's creator and sends it through the {@link
   * MessageChannel}. A channel failure is recorded on the message, not thrown: a reminder that
   * could not go out must not stop the engagement.
   */
  CreatorMessageView remind(long engagementId, ReminderKind kind);

  /** The engagement's messages, newest first. */
  List<CreatorMessageView> ofEngagement(long engagementId);
}
