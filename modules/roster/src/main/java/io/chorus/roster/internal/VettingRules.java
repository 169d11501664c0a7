package io.chorus.roster.internal;

import io.chorus.roster.AccountView;
import io.chorus.roster.CreatorDetails;
import io.chorus.roster.Outcome;
import io.chorus.roster.RelationshipEntry;
import io.chorus.roster.Tier;
import io.chorus.roster.TierRule;
import io.chorus.roster.VettingSignal;
import io.chorus.roster.VettingSignal.Code;
import io.chorus.roster.VettingSignal.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The quality signals on a creator, each with a sentence that says what was seen and why it
 * matters. Computed when asked, from the record as it is, so they are never out of date.
 */
final class VettingRules {

  private VettingRules() {}

  static List<VettingSignal> signals(
      CreatorDetails creator, List<RelationshipEntry> history, TierRule tierRule, LocalDate today) {
    List<VettingSignal> signals = new ArrayList<>();
    if (creator.accounts().isEmpty()) {
      signals.add(
          new VettingSignal(
              Code.NO_ACCOUNTS,
              Severity.INFO,
              "No platform accounts yet, so reach and engagement cannot be judged."));
    }
    for (AccountView account : creator.accounts()) {
      engagement(account, tierRule).ifPresent(signals::add);
      if (account.stale()) {
        signals.add(
            new VettingSignal(
                Code.STALE_FIGURES,
                Severity.WARNING,
                account.figuresUpdatedOn() == null
                    ? "Figures of "
                        + label(account)
                        + " carry no date; treat them as unchecked until updated."
                    : "Figures of "
                        + label(account)
                        + " were last updated on "
                        + account.figuresUpdatedOn()
                        + ", "
                        + ChronoUnit.DAYS.between(account.figuresUpdatedOn(), today)
                        + " days ago (more than "
                        + Figures.STALE_AFTER_DAYS
                        + "); update them before relying on reach or engagement."));
      }
    }
    if (creator.kind().isKol()
        && (creator.kolProfile() == null || !creator.kolProfile().verified())) {
      boolean regulated = creator.kolProfile() != null && creator.kolProfile().regulatedField();
      signals.add(
          new VettingSignal(
              Code.UNVERIFIED_CREDENTIALS,
              regulated ? Severity.RISK : Severity.WARNING,
              "Credentials"
                  + (creator.kolProfile() == null || creator.kolProfile().credentials() == null
                      ? ""
                      : " (" + creator.kolProfile().credentials() + ")")
                  + " are not verified"
                  + (regulated
                      ? " in a regulated field; verify them against the professional register"
                          + " before this KOL speaks for the brand."
                      : "; a KOL is valued for them, so verify before relying on them.")));
    }
    List<RelationshipEntry> undelivered =
        history.stream().filter(h -> h.outcome() == Outcome.UNDELIVERED).toList();
    if (!undelivered.isEmpty()) {
      signals.add(
          new VettingSignal(
              Code.PAST_UNDELIVERED,
              Severity.RISK,
              undelivered.size()
                  + " past engagement"
                  + (undelivered.size() == 1 ? " was" : "s were")
                  + " not delivered: "
                  + String.join(
                      ", ", undelivered.stream().map(RelationshipEntry::campaignName).toList())
                  + "."));
    }
    return signals;
  }

  private static java.util.Optional<VettingSignal> engagement(
      AccountView account, TierRule tierRule) {
    if (account.engagementRate() == null) {
      return java.util.Optional.empty();
    }
    Tier accountTier = tierRule.tierFor(account.followers());
    EngagementNorms norm = EngagementNorms.of(accountTier);
    double rate = account.engagementRate();
    if (rate < norm.low) {
      return java.util.Optional.of(
          new VettingSignal(
              Code.ENGAGEMENT_TOO_LOW,
              Severity.WARNING,
              "Engagement of "
                  + label(account)
                  + " is "
                  + Figures.percent(rate)
                  + ", far below the "
                  + norm.band()
                  + " usual for a "
                  + accountTier
                  + " audience of "
                  + Figures.count(account.followers())
                  + ": the audience may be inactive or bought."));
    }
    if (rate > norm.high) {
      return java.util.Optional.of(
          new VettingSignal(
              Code.ENGAGEMENT_SUSPICIOUSLY_HIGH,
              Severity.RISK,
              "Engagement of "
                  + label(account)
                  + " is "
                  + Figures.percent(rate)
                  + ", far above the "
                  + norm.band()
                  + " usual for a "
                  + accountTier
                  + " audience of "
                  + Figures.count(account.followers())
                  + ": check for engagement pods or bought likes."));
    }
    return java.util.Optional.empty();
  }

  private static String label(AccountView account) {
    return account.platform() + " @" + account.handle();
  }
}
