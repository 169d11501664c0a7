package io.chorus.contracting.internal;

import io.chorus.contracting.Compensation;
import io.chorus.contracting.CompensationModel;
import io.chorus.contracting.ContractTerms;
import io.chorus.contracting.DeliverableSpec;
import io.chorus.contracting.InvalidContractException.Problem;
import io.chorus.contracting.Limits;
import io.chorus.contracting.PaymentCalculator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The rules across fields that Bean Validation on single fields cannot state. Pure, so every rule
 * has a unit test; field paths match the request's JSON ({@code terms.compensation.flatFee}).
 */
final class ContractRules {

  private ContractRules() {}

  static List<Problem> check(ContractTerms terms, LocalDate campaignStart, LocalDate campaignEnd) {
    List<Problem> problems = new ArrayList<>();
    if (campaignStart != null && campaignEnd != null && campaignEnd.isBefore(campaignStart)) {
      problems.add(new Problem("campaignEnd", "must not be before the campaign start"));
    }
    if (terms == null) {
      return problems;
    }
    checkDeliverables(terms, campaignStart, campaignEnd, problems);
    checkCurrency(terms.currency(), problems);
    if (terms.compensation() != null) {
      checkCompensation(terms.compensation(), problems);
      checkKillFee(terms, problems);
    }
    if (terms.usageRights() != null
        && terms.usageRights().channels() != null
        && terms.usageRights().channels().isEmpty() != (terms.usageRights().durationDays() == 0)) {
      problems.add(
          new Problem(
              "terms.usageRights",
              "give both the channels and a duration in days, or neither for no reuse"));
    }
    return problems;
  }

  private static void checkDeliverables(
      ContractTerms terms, LocalDate start, LocalDate end, List<Problem> problems) {
    if (terms.deliverables() == null) {
      return;
    }
    if (terms.deliverableCount() > Limits.MAX_DELIVERABLES) {
      problems.add(
          new Problem(
              "terms.deliverables",
              "must add up to at most " + Limits.MAX_DELIVERABLES + " deliverables"));
    }
    for (int i = 0; i < terms.deliverables().size(); i++) {
      DeliverableSpec d = terms.deliverables().get(i);
      if (d == null || d.dueDate() == null || start == null || end == null) {
        continue;
      }
      if (d.dueDate().isBefore(start) || d.dueDate().isAfter(end)) {
        problems.add(
            new Problem(
                "terms.deliverables[" + i + "].dueDate",
                "must be within the campaign, " + start + " to " + end));
      }
    }
  }

  private static void checkCurrency(String currency, List<Problem> problems) {
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      return; // Bean Validation reports the shape
    }
    try {
      Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      problems.add(new Problem("terms.currency", "is not a known ISO 4217 currency"));
    }
  }

  private static void checkCompensation(Compensation c, List<Problem> problems) {
    if (c.model() == null) {
      return;
    }
    String prefix = "terms.compensation.";
    switch (c.model()) {
      case PRODUCT_ONLY -> {
        mustBeEmpty(c.flatFee(), prefix + "flatFee", c.model(), problems);
        mustBeEmpty(c.ratePerDeliverable(), prefix + "ratePerDeliverable", c.model(), problems);
        mustBeEmpty(c.performanceBase(), prefix + "performanceBase", c.model(), problems);
        mustBeEmpty(
            c.bonusPer1000Engagements(), prefix + "bonusPer1000Engagements", c.model(), problems);
        mustBeEmpty(c.bonusCap(), prefix + "bonusCap", c.model(), problems);
      }
      case FLAT_FEE -> {
        mustBePositive(c.flatFee(), prefix + "flatFee", "a flat fee", problems);
        mustBeEmpty(c.ratePerDeliverable(), prefix + "ratePerDeliverable", c.model(), problems);
        mustBeEmpty(c.performanceBase(), prefix + "performanceBase", c.model(), problems);
        mustBeEmpty(
            c.bonusPer1000Engagements(), prefix + "bonusPer1000Engagements", c.model(), problems);
        mustBeEmpty(c.bonusCap(), prefix + "bonusCap", c.model(), problems);
      }
      case PER_DELIVERABLE -> {
        mustBePositive(c.ratePerDeliverable(), prefix + "ratePerDeliverable", "a rate", problems);
        mustBeEmpty(c.flatFee(), prefix + "flatFee", c.model(), problems);
        mustBeEmpty(c.performanceBase(), prefix + "performanceBase", c.model(), problems);
        mustBeEmpty(
            c.bonusPer1000Engagements(), prefix + "bonusPer1000Engagements", c.model(), problems);
        mustBeEmpty(c.bonusCap(), prefix + "bonusCap", c.model(), problems);
      }
      case PERFORMANCE -> {
        if (c.performanceBase() == null) {
          problems.add(
              new Problem(prefix + "performanceBase", "is required for PERFORMANCE (0 for none)"));
        }
        mustBePositive(
            c.bonusPer1000Engagements(),
            prefix + "bonusPer1000Engagements",
            "a bonus per 1,000 engagements",
            problems);
        mustBePositive(c.bonusCap(), prefix + "bonusCap", "a cap on the bonus", problems);
        if (c.bonusCap() != null
            && c.bonusPer1000Engagements() != null
            && c.bonusCap().compareTo(c.bonusPer1000Engagements()) < 0) {
          problems.add(
              new Problem(prefix + "bonusCap", "must be at least one bonus (the bonus per 1,000)"));
        }
        mustBeEmpty(c.flatFee(), prefix + "flatFee", c.model(), problems);
        mustBeEmpty(c.ratePerDeliverable(), prefix + "ratePerDeliverable", c.model(), problems);
      }
    }
    if (c.proRata() && c.model() != CompensationModel.FLAT_FEE) {
      problems.add(new Problem(prefix + "proRata", "applies to FLAT_FEE only"));
    }
  }

  /**
   * A kill fee replaces the pay of a rejected deliverable, so it may not exceed what one
   * deliverable earns; product-only contracts pay no cash, kill fee included.
   */
  private static void checkKillFee(ContractTerms terms, List<Problem> problems) {
    BigDecimal killFee = terms.killFee();
    if (killFee == null || killFee.signum() == 0 || terms.compensation().model() == null) {
      return;
    }
    if (terms.compensation().model() == CompensationModel.PRODUCT_ONLY) {
      problems.add(new Problem("terms.killFee", "a product-only contract pays no kill fee"));
      return;
    }
    BigDecimal ceiling =
        PaymentCalculator.valuePerDeliverable(
            terms.compensation(), terms.deliverableCount(), terms.currency());
    if (killFee.compareTo(ceiling) > 0) {
      problems.add(
          new Problem(
              "terms.killFee",
              "must not exceed what one deliverable earns (" + ceiling.toPlainString() + ")"));
    }
  }

  private static void mustBePositive(
      BigDecimal value, String field, String what, List<Problem> problems) {
    if (value == null || value.signum() <= 0) {
      problems.add(new Problem(field, "give " + what + " above 0"));
    }
  }

  private static void mustBeEmpty(
      BigDecimal value, String field, CompensationModel model, List<Problem> problems) {
    if (value != null) {
      problems.add(new Problem(field, "must be empty for " + model));
    }
  }
}
