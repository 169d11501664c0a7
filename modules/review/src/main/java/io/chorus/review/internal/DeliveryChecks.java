package io.chorus.review.internal;

import io.chorus.review.CheckResult;
import io.chorus.review.ContentChecks;
import io.chorus.review.ContractedAccount;
import io.chorus.review.Platform;
import io.chorus.review.PostObservation;
import io.chorus.review.VerificationCriteria;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks a live post goes through. Pure: what was observed, what was contracted and approved
 * in, named {@link CheckResult}s out.
 */
final class DeliveryChecks {

  static final String LIVE = "live";
  static final String CONTRACTED_ACCOUNT = "contracted-account";
  static final String APPROVED_TEXT = "approved-text";
  static final String PUBLISHED_IN_WINDOW = "published-in-window";
  static final String STORY_EVIDENCE = "story-evidence";

  private static final Map<Platform, Set<String>> HOSTS =
      Map.of(
          Platform.INSTAGRAM, Set.of("instagram.com"),
          Platform.TIKTOK, Set.of("tiktok.com"),
          Platform.YOUTUBE, Set.of("youtube.com", "youtu.be"),
          Platform.FACEBOOK, Set.of("facebook.com", "fb.com", "fb.watch"),
          Platform.X, Set.of("x.com", "twitter.com"),
          Platform.LINKEDIN, Set.of("linkedin.com"));

  /** A handle in the path, as TikTok and YouTube put it: {@code /@handle/...}. */
  private static final Pattern PATH_HANDLE = Pattern.compile("/@([A-Za-z0-9_.-]+)");

  private DeliveryChecks() {}

  static List<CheckResult> verification(
      VerificationCriteria criteria, String approvedCaption, String liveUrl, PostObservation seen) {
    Platform platform = criteria.account().platform();
    List<CheckResult> results = new ArrayList<>();
    results.add(live(seen));
    results.add(account(criteria.account(), liveUrl, seen.observedAccount()));
    results.add(approvedText(approvedCaption, seen.caption()));
    String caption = seen.caption() == null ? "" : seen.caption();
    results.add(ContentChecks.disclosure(criteria.jurisdiction(), platform, caption));
    results.add(ContentChecks.disclosurePlacement(criteria.jurisdiction(), platform, caption));
    results.add(window(criteria.publishFrom(), criteria.publishBy(), seen));
    if (criteria.story()) {
      results.add(
          seen.evidenceReference() == null || seen.evidenceReference().isBlank()
              ? CheckResult.fail(
                  STORY_EVIDENCE, "A story expires in 24 hours: upload a screenshot or recording")
              : CheckResult.pass(STORY_EVIDENCE, "Evidence " + seen.evidenceReference()));
    }
    return results;
  }

  static CheckResult live(PostObservation seen) {
    return seen.live()
        ? CheckResult.pass(LIVE, "The post is live")
        : CheckResult.fail(LIVE, "The post could not be found; it may have been removed");
  }

  static CheckResult account(ContractedAccount contracted, String liveUrl, String observed) {
    String handle = Texts.handle(contracted.handle());
    URI uri;
    try {
      uri = URI.create(liveUrl.strip());
    } catch (IllegalArgumentException | NullPointerException e) {
      return CheckResult.fail(CONTRACTED_ACCOUNT, "The live URL is not a valid address");
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    Set<String> hosts = HOSTS.get(contracted.platform());
    if (hosts != null && hosts.stream().noneMatch(h -> host.equals(h) || host.endsWith("." + h))) {
      return CheckResult.fail(
          CONTRACTED_ACCOUNT, "The live URL is on " + host + ", not on " + contracted.platform());
    }
    if (hosts == null && contracted.profileUrl() != null && !contracted.profileUrl().isBlank()) {
      String profileHost = hostOf(contracted.profileUrl());
      if (!host.equals(profileHost)) {
        return CheckResult.fail(
            CONTRACTED_ACCOUNT, "The live URL is on " + host + ", not on " + profileHost);
      }
    }
    Matcher inPath = PATH_HANDLE.matcher(uri.getPath() == null ? "" : uri.getPath());
    if (inPath.find() && !Texts.handle(inPath.group(1)).equals(handle)) {
      return CheckResult.fail(
          CONTRACTED_ACCOUNT,
          "The live URL is on @" + inPath.group(1) + ", not on the contracted @" + handle);
    }
    if (hosts != null) {
      if (observed == null || observed.isBlank()) {
        return CheckResult.fail(CONTRACTED_ACCOUNT, "Record the account the post is on");
      }
      if (!Texts.handle(observed).equals(handle)) {
        return CheckResult.fail(
            CONTRACTED_ACCOUNT,
            "Posted by @" + Texts.handle(observed) + ", not by the contracted @" + handle);
      }
    }
    return CheckResult.pass(CONTRACTED_ACCOUNT, "On the contracted account @" + handle);
  }

  static CheckResult approvedText(String approved, String observed) {
    String want = Texts.normalize(approved);
    String got = Texts.normalize(observed);
    if (got.contains(want)) {
      return CheckResult.pass(APPROVED_TEXT, "Carries the approved text");
    }
    return CheckResult.fail(APPROVED_TEXT, "The caption differs from the approved version");
  }

  static CheckResult window(LocalDate from, LocalDate by, PostObservation seen) {
    if (seen.publishedAt() == null) {
      return CheckResult.fail(PUBLISHED_IN_WINDOW, "Record when the post was published");
    }
    LocalDate day = seen.publishedAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    if (day.isBefore(from) || day.isAfter(by)) {
      return CheckResult.fail(
          PUBLISHED_IN_WINDOW,
          "Published on " + day + ", outside the window " + from + " to " + by);
    }
    return CheckResult.pass(PUBLISHED_IN_WINDOW, "Published on " + day);
  }

  private static String hostOf(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? "" : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
