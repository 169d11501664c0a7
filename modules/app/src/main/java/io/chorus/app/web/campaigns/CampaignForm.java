package io.chorus.app.web.campaigns;

import io.chorus.campaign.CampaignDraft;
import io.chorus.campaign.CampaignGoal;
import io.chorus.campaign.CampaignView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign form's text fields, turned into the {@link CampaignDraft} that the REST API and the
 * service validate. Only what text cannot be (a number, a date, a goal) is checked here; every rule
 * of a campaign stays on the draft's Bean Validation constraints, so the page and the API answer
 * with the same messages.
 */
public final class CampaignForm {

  /** The form's fields, named as the draft's fields, in page order. */
  public static final List<String> FIELDS =
      List.of(
          "name",
          "brand",
          "product",
          "goal",
          "niche",
          "budget",
          "currency",
          "startDate",
          "endDate",
          "keyMessages",
          "dos",
          "donts",
          "requiredHashtags",
          "requiredMentions",
          "jurisdiction",
          "platform",
          "format",
          "deliverableCount",
          "compensationModel",
          "defaultFee",
          "usageRightsChannels",
          "usageRightsMonths",
          "ownerManager");

  private CampaignForm() {}

  /** The form's values for an existing campaign. */
  public static Map<String, String> values(CampaignView c) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("name", c.name());
    v.put("brand", c.brand());
    v.put("product", c.product());
    v.put("goal", c.goal() == null ? null : c.goal().name());
    v.put("niche", c.niche());
    v.put("budget", plain(c.budget()));
    v.put("currency", c.currency());
    v.put("startDate", c.startDate() == null ? null : c.startDate().toString());
    v.put("endDate", c.endDate() == null ? null : c.endDate().toString());
    v.put("keyMessages", c.keyMessages());
    v.put("dos", c.dos());
    v.put("donts", c.donts());
    v.put("requiredHashtags", c.requiredHashtags());
    v.put("requiredMentions", c.requiredMentions());
    v.put("jurisdiction", c.jurisdiction());
    v.put("platform", c.platform());
    v.put("format", c.format());
    v.put("deliverableCount", Integer.toString(c.deliverableCount()));
    v.put("compensationModel", c.compensationModel());
    v.put("defaultFee", plain(c.defaultFee()));
    v.put("usageRightsChannels", c.usageRightsChannels());
    v.put(
        "usageRightsMonths",
        c.usageRightsMonths() == null ? null : c.usageRightsMonths().toString());
    v.put("ownerManager", c.ownerManager());
    return v;
  }

  /** Defaults for a new campaign: what most campaigns start from. */
  public static Map<String, String> defaults(String ownerManager) {
    Map<String, String> v = new LinkedHashMap<>();
    FIELDS.forEach(f -> v.put(f, null));
    v.put("currency", "USD");
    v.put("jurisdiction", "US_FTC");
    v.put("platform", "INSTAGRAM");
    v.put("format", "POST");
    v.put("deliverableCount", "1");
    v.put("compensationModel", "FLAT_FEE");
    v.put("ownerManager", ownerManager);
    return v;
  }

  /**
   * The draft from the form's text; a field that is not a number, a date or a goal gets its message
   * in {@code errors} (field name to message) and stays empty in the draft.
   */
  public static CampaignDraft draft(Map<String, String> values, Map<String, String> errors) {
    CampaignDraft d = new CampaignDraft();
    d.name = text(values, "name");
    d.brand = text(values, "brand");
    d.product = text(values, "product");
    String goal = text(values, "goal");
    if (goal != null) {
      try {
        d.goal = CampaignGoal.valueOf(goal);
      } catch (IllegalArgumentException e) {
        errors.put("goal", "Choose a goal: AWARENESS, CREDIBILITY or CONVERSION.");
      }
    }
    d.niche = text(values, "niche");
    d.budget = number(values, "budget", errors, "Give the budget as a number, e.g. 20000.00.");
    d.currency = text(values, "currency");
    d.startDate = date(values, "startDate", errors);
    d.endDate = date(values, "endDate", errors);
    d.keyMessages = text(values, "keyMessages");
    d.dos = text(values, "dos");
    d.donts = text(values, "donts");
    d.requiredHashtags = text(values, "requiredHashtags");
    d.requiredMentions = text(values, "requiredMentions");
    d.jurisdiction = text(values, "jurisdiction");
    d.platform = text(values, "platform");
    d.format = text(values, "format");
    d.deliverableCount =
        integer(values, "deliverableCount", errors, "Give a whole number of deliverables.");
    d.compensationModel = text(values, "compensationModel");
    d.defaultFee = number(values, "defaultFee", errors, "Give the fee as a number, e.g. 1500.00.");
    d.usageRightsChannels = text(values, "usageRightsChannels");
    d.usageRightsMonths =
        integer(values, "usageRightsMonths", errors, "Give a whole number of months.");
    d.ownerManager = text(values, "ownerManager");
    return d;
  }

  /**
   * The form field a violation of the draft belongs to: a field's own name, or for the draft's
   * cross-field rules the field the user corrects.
   */
  public static String fieldOf(String propertyPath) {
    return switch (propertyPath) {
      case "dateOrderValid" -> "endDate";
      case "feeConsistent" -> "defaultFee";
      default -> FIELDS.contains(propertyPath) ? propertyPath : null;
    };
  }

  private static String text(Map<String, String> values, String field) {
    String v = values.get(field);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static BigDecimal number(
      Map<String, String> values, String field, Map<String, String> errors, String message) {
    String v = text(values, field);
    if (v == null) {
      return null;
    }
    try {
      return new BigDecimal(v.replace(",", ""));
    } catch (NumberFormatException e) {
      errors.put(field, message);
      return null;
    }
  }

  private static Integer integer(
      Map<String, String> values, String field, Map<String, String> errors, String message) {
    String v = text(values, field);
    if (v == null) {
      return null;
    }
    try {
      return Integer.valueOf(v);
    } catch (NumberFormatException e) {
      errors.put(field, message);
      return null;
    }
  }

  private static LocalDate date(
      Map<String, String> values, String field, Map<String, String> errors) {
    String v = text(values, field);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      errors.put(field, "Give the date as year-month-day, e.g. 2026-12-01.");
      return null;
    }
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }
}
