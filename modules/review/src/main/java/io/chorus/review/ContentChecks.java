package io.chorus.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The automatic checks a caption goes through before a person reviews it. Pure: the brief's rules
 * come in as {@link BriefRules}, the result is a list of named {@link CheckResult}s, in this order:
 *
 * <ol>
 *   <li>{@value #REQUIRED_HASHTAGS}: every required hashtag is present as a whole tag ({@code
 *       #glowup} does not satisfy {@code #glow}).
 *   <li>{@value #REQUIRED_MENTIONS}: every required account is mentioned.
 *   <li>{@value #DISCLOSURE}: a disclosure that fits the jurisdiction and platform. US FTC: {@code
 *       #ad}, {@code #sponsored} or "Paid partnership" anywhere (on YouTube also "Includes paid
 *       promotion"), or "Ad"/"Advertisement" as the first word. UK ASA: "Ad", "#ad", "Advert" or
 *       "Advertisement" up front, before any other word; #sponsored or "Paid partnership" alone is
 *       not enough.
 *   <li>{@value #DISCLOSURE_PLACEMENT}: the disclosure is not buried. It starts within the first
 *       {@value #VISIBLE_CHARACTERS} characters (what a feed shows before "more"), and it is not
 *       only one tag in a block of {@value #HASHTAG_BLOCK} or more hashtags that ends the caption.
 *   <li>{@value #BANNED_CLAIMS}: none of the brief's banned phrases appears (case-insensitive,
 *       whole words, any run of spaces between words).
 * </ol>
 *
 * Positions are counted in characters as people see them (Unicode code points), so an emoji counts
 * once.
 */
public final class ContentChecks {

  public static final String REQUIRED_HASHTAGS = "required-hashtags";
  public static final String REQUIRED_MENTIONS = "required-mentions";
  public static final String DISCLOSURE = "disclosure";
  public static final String DISCLOSURE_PLACEMENT = "disclosure-placement";
  public static final String BANNED_CLAIMS = "banned-claims";

  /** Characters a feed shows before "more". */
  public static final int VISIBLE_CHARACTERS = 125;

  /** This many hashtags at the end of a caption make a block a disclosure gets lost in. */
  public static final int HASHTAG_BLOCK = 3;

  private static final Pattern HASHTAG =
      Pattern.compile("(?<![\\p{L}\\p{N}_&#])#([\\p{L}\\p{N}_]+)");
  private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([A-Za-z0-9_.]+)");
  private static final Pattern FIRST_WORD =
      Pattern.compile("^[\\s\\p{Punct}\\p{So}\\p{Sk}\\p{Cf}\\p{M}&&[^#@]]*(#?[\\p{L}\\p{N}_]+)");
  private static final Pattern TAG_TOKEN = Pattern.compile("[#@][\\p{L}\\p{N}_.]+[.,!;:]*");

  private static final Set<String> US_TAGS = Set.of("ad", "sponsored");
  private static final Set<String> UP_FRONT_WORDS =
      Set.of("ad", "#ad", "advert", "#advert", "advertisement");
  private static final Pattern PAID_PARTNERSHIP = phrase("paid partnership");
  private static final Pattern PAID_PROMOTION = phrase("includes paid promotion");

  private ContentChecks() {}

  /** Runs every check on a caption. */
  public static List<CheckResult> run(BriefRules rules, Platform platform, String caption) {
    Objects.requireNonNull(rules, "rules");
    String text = caption == null ? "" : caption;
    return List.of(
        requiredHashtags(rules.requiredHashtags(), text),
        requiredMentions(rules.requiredMentions(), text),
        disclosure(rules.jurisdiction(), platform, text),
        disclosurePlacement(rules.jurisdiction(), platform, text),
        bannedClaims(rules.bannedClaims(), text));
  }

  /** Whether every result passed. */
  public static boolean allPassed(List<CheckResult> results) {
    return results.stream().allMatch(CheckResult::passed);
  }

  public static CheckResult requiredHashtags(List<String> required, String caption) {
    Set<String> present = tokens(HASHTAG, caption);
    List<String> missing =
        required.stream()
            .map(tag -> strip(tag, '#'))
            .filter(tag -> !present.contains(tag))
            .distinct()
            .map(tag -> "#" + tag)
            .toList();
    if (required.isEmpty()) {
      return CheckResult.pass(REQUIRED_HASHTAGS, "No hashtags are required");
    }
    return missing.isEmpty()
        ? CheckResult.pass(
            REQUIRED_HASHTAGS, "All " + required.size() + " required hashtags present")
        : CheckResult.fail(REQUIRED_HASHTAGS, "Missing " + String.join(", ", missing));
  }

  public static CheckResult requiredMentions(List<String> required, String caption) {
    Set<String> present =
        tokens(MENTION, caption).stream()
            .map(m -> m.replaceAll("\\.+$", ""))
            .collect(Collectors.toSet());
    List<String> missing =
        required.stream()
            .map(account -> strip(account, '@'))
            .filter(account -> !present.contains(account))
            .distinct()
            .map(account -> "@" + account)
            .toList();
    if (required.isEmpty()) {
      return CheckResult.pass(REQUIRED_MENTIONS, "No mentions are required");
    }
    return missing.isEmpty()
        ? CheckResult.pass(
            REQUIRED_MENTIONS, "All " + required.size() + " required mentions present")
        : CheckResult.fail(REQUIRED_MENTIONS, "Missing " + String.join(", ", missing));
  }

  public static CheckResult disclosure(
      Jurisdiction jurisdiction, Platform platform, String caption) {
    Optional<Marker> upFront = upFront(caption);
    List<Marker> markers = markers(jurisdiction, platform, caption);
    if (jurisdiction == Jurisdiction.UK_ASA) {
      if (upFront.isPresent()) {
        return CheckResult.pass(DISCLOSURE, "'" + upFront.get().label + "' up front");
      }
      List<Marker> usStyle = markers(Jurisdiction.US_FTC, platform, caption);
      if (!usStyle.isEmpty()) {
        Marker first = usStyle.get(0);
        return CheckResult.fail(
            DISCLOSURE,
            "UK ASA needs 'Ad' or '#ad' up front; '"
                + first.label
                + "' at character "
                + (first.position + 1)
                + " is not enough");
      }
      return CheckResult.fail(DISCLOSURE, "No disclosure: start the caption with 'Ad' or '#ad'");
    }
    if (!markers.isEmpty()) {
      return CheckResult.pass(DISCLOSURE, "Disclosed with '" + markers.get(0).label + "'");
    }
    return CheckResult.fail(
        DISCLOSURE,
        "No disclosure: add #ad, #sponsored or 'Paid partnership'"
            + (platform == Platform.YOUTUBE ? " (or 'Includes paid promotion')" : ""));
  }

  public static CheckResult disclosurePlacement(
      Jurisdiction jurisdiction, Platform platform, String caption) {
    List<Marker> markers = markers(jurisdiction, platform, caption);
    if (markers.isEmpty()) {
      return CheckResult.fail(
          DISCLOSURE_PLACEMENT, "No disclosure that counts here, so none is visible");
    }
    TrailingBlock block = trailingBlock(caption);
    List<Marker> outsideBlock =
        markers.stream().filter(m -> !block.isBlock() || m.index < block.start).toList();
    if (outsideBlock.isEmpty()) {
      return CheckResult.fail(
          DISCLOSURE_PLACEMENT,
          "'"
              + markers.get(0).label
              + "' is lost in a block of "
              + block.hashtags
              + " hashtags at the end; put it near the start");
    }
    Marker first = outsideBlock.get(0);
    if (first.position >= VISIBLE_CHARACTERS) {
      return CheckResult.fail(
          DISCLOSURE_PLACEMENT,
          "'"
              + first.label
              + "' starts at character "
              + (first.position + 1)
              + "; put it in the first "
              + VISIBLE_CHARACTERS
              + " characters, which show before 'more'");
    }
    return CheckResult.pass(
        DISCLOSURE_PLACEMENT,
        "'" + first.label + "' at character " + (first.position + 1) + ", visible before 'more'");
  }

  public static CheckResult bannedClaims(List<String> banned, String caption) {
    List<String> found = new ArrayList<>();
    for (String claim : banned) {
      String normalized = claim.strip().replaceAll("\\s+", " ");
      if (!normalized.isEmpty() && phrase(normalized).matcher(caption).find()) {
        found.add("'" + normalized + "'");
      }
    }
    if (banned.isEmpty()) {
      return CheckResult.pass(BANNED_CLAIMS, "The brief bans no claims");
    }
    return found.isEmpty()
        ? CheckResult.pass(BANNED_CLAIMS, "None of the " + banned.size() + " banned claims found")
        : CheckResult.fail(BANNED_CLAIMS, "Banned claims found: " + String.join(", ", found));
  }

  /** A disclosure found in the caption: its text, UTF-16 index and visible position. */
  private record Marker(String label, int index, int position) {}

  /** The disclosures that count for the jurisdiction, in order of appearance. */
  private static List<Marker> markers(
      Jurisdiction jurisdiction, Platform platform, String caption) {
    List<Marker> markers = new ArrayList<>();
    Optional<Marker> upFront = upFront(caption);
    if (jurisdiction == Jurisdiction.UK_ASA) {
      upFront.ifPresent(markers::add);
      return markers;
    }
    Matcher tags = HASHTAG.matcher(caption);
    while (tags.find()) {
      if (US_TAGS.contains(tags.group(1).toLowerCase(Locale.ROOT))) {
        markers.add(marker(caption, tags.start(), tags.end()));
      }
    }
    List<Pattern> phrases =
        platform == Platform.YOUTUBE
            ? List.of(PAID_PARTNERSHIP, PAID_PROMOTION)
            : List.of(PAID_PARTNERSHIP);
    for (Pattern p : phrases) {
      Matcher m = p.matcher(caption);
      while (m.find()) {
        markers.add(marker(caption, m.start(), m.end()));
      }
    }
    // "Ad" as the first word is a clear label in the US too; #ad is already among the tags.
    upFront
        .filter(m -> !m.label.startsWith("#") && !m.label.equalsIgnoreCase("advert"))
        .ifPresent(markers::add);
    markers.sort((a, b) -> Integer.compare(a.index, b.index));
    return markers;
  }

  private static Marker marker(String caption, int start, int end) {
    return new Marker(caption.substring(start, end), start, caption.codePointCount(0, start));
  }

  /** "Ad", "#ad", "Advert" or "Advertisement" as the first word, after any punctuation or emoji. */
  private static Optional<Marker> upFront(String caption) {
    Matcher m = FIRST_WORD.matcher(caption);
    if (m.find() && UP_FRONT_WORDS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return Optional.of(marker(caption, m.start(1), m.end(1)));
    }
    return Optional.empty();
  }

  /** The run of hashtags and mentions that ends the caption, if text comes before it. */
  private record TrailingBlock(int start, int hashtags) {
    boolean isBlock() {
      return hashtags >= HASHTAG_BLOCK;
    }
  }

  private static TrailingBlock trailingBlock(String caption) {
    String[] words = caption.split("\\s+");
    int end = caption.length();
    int start = end;
    int hashtags = 0;
    for (int i = words.length - 1; i >= 0; i--) {
      String word = words[i];
      if (word.isEmpty()) {
        continue;
      }
      if (!TAG_TOKEN.matcher(word).matches()) {
        break;
      }
      start = caption.lastIndexOf(word, start - 1);
      if (word.startsWith("#")) {
        hashtags++;
      }
    }
    boolean textBefore = !caption.substring(0, start).isBlank();
    return new TrailingBlock(start, textBefore ? hashtags : 0);
  }

  private static Set<String> tokens(Pattern pattern, String caption) {
    Set<String> found = new LinkedHashSet<>();
    Matcher m = pattern.matcher(caption);
    while (m.find()) {
      found.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return found;
  }

  private static String strip(String value, char prefix) {
    String v = value.strip();
    while (!v.isEmpty() && v.charAt(0) == prefix) {
      v = v.substring(1);
    }
    return v.toLowerCase(Locale.ROOT);
  }

  private static Pattern phrase(String words) {
    String body =
        java.util.Arrays.stream(words.strip().split("\\s+"))
            .map(Pattern::quote)
            .collect(Collectors.joining("\\s+"));
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
