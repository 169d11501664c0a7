package io.chorus.campaign;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a campaign is made of: the product and goal, money and dates, the brief that content is
 * checked against, the deliverable template and default compensation. A class with annotated fields
 * (not a record) so that the same object is the REST body and the service input.
 */
public class CampaignDraft {

  @NotBlank(message = "Give the campaign a name.")
  @Size(max = 200, message = "At most 200 characters.")
  public String name;

  @NotBlank(message = "Name the brand.")
  @Size(max = 200, message = "At most 200 characters.")
  public String brand;

  @Size(max = 200, message = "At most 200 characters.")
  public String product;

  @NotNull(message = "Choose a goal: AWARENESS, CREDIBILITY or CONVERSION.")
  public CampaignGoal goal;

  @NotBlank(message = "Give the niche, for example skincare.")
  @Size(max = 100, message = "At most 100 characters.")
  public String niche;

  @NotNull(message = "Give the budget.")
  @DecimalMin(value = "0.00", message = "The budget cannot be negative.")
  @DecimalMax(value = "100000000.00", message = "A budget over 100,000,000 is not plausible.")
  @Digits(integer = 9, fraction = 2, message = "At most 2 decimals.")
  public BigDecimal budget;

  @NotNull(message = "Give the currency.")
  @Pattern(regexp = "[A-Z]{3}", message = "Use a three-letter currency code such as USD.")
  public String currency;

  @NotNull(message = "Give the start date.")
  public LocalDate startDate;

  @NotNull(message = "Give the end date.")
  public LocalDate endDate;

  // The brief.
  @Size(max = 4000, message = "At most 4000 characters.")
  public String keyMessages;

  @Size(max = 4000, message = "At most 4000 characters.")
  public String dos;

  /** Claims content must not make, one per line; the automatic review checks them. */
  @Size(max = 4000, message = "At most 4000 characters.")
  public String donts;

  /** Required hashtags, separated by spaces, e.g. "#GlowSerum #ad". */
  @Size(max = 1000, message = "At most 1000 characters.")
  @Pattern(
      regexp = "^(\\s*#[\\p{L}\\p{N}_]+)*\\s*$",
      message = "Hashtags start with # and hold letters, digits or _.")
  public String requiredHashtags;

  /** Required mentions, separated by spaces, e.g. "@glowlabs". */
  @Size(max = 1000, message = "At most 1000 characters.")
  @Pattern(regexp = "^(\\s*@[\\p{L}\\p{N}_.]+)*\\s*$", message = "Mentions start with @.")
  public String requiredMentions;

  @NotNull(message = "Choose the disclosure rules: US_FTC or UK_ASA.")
  @Pattern(regexp = "US_FTC|UK_ASA", message = "Choose US_FTC or UK_ASA.")
  public String jurisdiction;

  // The deliverable template.
  @NotBlank(message = "Give the platform, e.g. INSTAGRAM.")
  @Pattern(
      regexp = "INSTAGRAM|TIKTOK|YOUTUBE|X|LINKEDIN|TWITCH|PODCAST|BLOG|OTHER",
      message = "Platforms: INSTAGRAM, TIKTOK, YOUTUBE, X, LINKEDIN, TWITCH, PODCAST, BLOG, OTHER.")
  public String platform;

  @NotBlank(message = "Give the format, e.g. POST.")
  @Pattern(
      regexp = "POST|REEL|STORY|VIDEO|ARTICLE|PODCAST_MENTION",
      message = "Formats: POST, REEL, STORY, VIDEO, ARTICLE, PODCAST_MENTION.")
  public String format;

  @NotNull(message = "Give how many deliverables each creator owes.")
  @Min(value = 1, message = "At least one deliverable.")
  @Max(value = 20, message = "At most 20 deliverables per creator.")
  public Integer deliverableCount;

  // Default compensation and usage rights.
  @NotBlank(message = "Choose a compensation model.")
  @Pattern(
      regexp = "PRODUCT_ONLY|FLAT_FEE|PER_DELIVERABLE|PERFORMANCE",
      message = "Models: PRODUCT_ONLY, FLAT_FEE, PER_DELIVERABLE, PERFORMANCE.")
  public String compensationModel;

  @DecimalMin(value = "0.00", message = "A fee cannot be negative.")
  @DecimalMax(value = "10000000.00", message = "A fee over 10,000,000 is not plausible.")
  @Digits(integer = 8, fraction = 2, message = "At most 2 decimals.")
  public BigDecimal defaultFee;

  @Size(max = 500, message = "At most 500 characters.")
  public String usageRightsChannels;

  @Min(value = 0, message = "Usage rights cannot last a negative number of months.")
  @Max(value = 120, message = "At most 120 months.")
  public Integer usageRightsMonths;

  /** The manager who owns the campaign (a user name). */
  @Size(max = 64, message = "At most 64 characters.")
  public String ownerManager;

  @AssertTrue(message = "The end date must not be before the start date.")
  public boolean isDateOrderValid() {
    return startDate == null || endDate == null || !endDate.isBefore(startDate);
  }

  @AssertTrue(message = "A paid model needs a fee; PRODUCT_ONLY takes none.")
  public boolean isFeeConsistent() {
    if (compensationModel == null) {
      return true;
    }
    boolean hasFee = defaultFee != null && defaultFee.signum() > 0;
    return compensationModel.equals("PRODUCT_ONLY") ? !hasFee : hasFee;
  }
}
