package io.chorus.contracting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.contracting.Compensation;
import io.chorus.contracting.ContractDraft;
import io.chorus.contracting.ContractTerms;
import io.chorus.contracting.DeliverableSpec;
import io.chorus.contracting.UsageRights;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Bean Validation constraints on the request records and the messages they give. */
class ContractValidationTest {

  static ValidatorFactory factory;
  static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  static Map<String, String> violations(Object bean) {
    Map<String, String> result = new TreeMap<>();
    for (ConstraintViolation<Object> v : validator.validate(bean)) {
      result.put(v.getPropertyPath().toString(), v.getMessage());
    }
    return result;
  }

  @Test
  void aValidDraftHasNoViolations() {
    assertThat(violations(Fixtures.draft(1, Fixtures.perDeliverable("250.00", 2)))).isEmpty();
  }

  @Test
  void negativeAndAbsurdAmountsAreRefusedWithClearMessages() {
    ContractTerms terms =
        Fixtures.terms(
            Compensation.performance(
                new BigDecimal("-1"), new BigDecimal("10000000.01"), new BigDecimal("1.001")),
            new BigDecimal("-5"),
            1);

    assertThat(violations(Fixtures.draft(1, terms)))
        .containsEntry("terms.compensation.performanceBase", "must not be negative")
        .containsEntry("terms.compensation.bonusPer1000Engagements", "must be at most 10,000,000")
        .containsEntry("terms.compensation.bonusCap", "must have at most 2 decimals")
        .containsEntry("terms.killFee", "must not be negative");
  }

  @Test
  void currencyCountsAndDatesAreChecked() {
    DeliverableSpec none = new DeliverableSpec(null, null, 0, null, "x".repeat(501));
    ContractTerms terms =
        new ContractTerms(
            List.of(none), Compensation.productOnly(), "eur", 500, UsageRights.none(), null, false);

    assertThat(violations(new ContractDraft(0, 7, 42, null, null, terms)))
        .containsEntry("engagementId", "must be a valid engagement id")
        .containsEntry("campaignStart", "Give the campaign start")
        .containsEntry("terms.currency", "must be a three-letter ISO 4217 code such as EUR")
        .containsEntry("terms.paymentTermsDays", "must be at most 120 days")
        .containsEntry("terms.deliverables[0].count", "must be at least 1")
        .containsEntry("terms.deliverables[0].dueDate", "Give the due date")
        .containsEntry("terms.deliverables[0].platform", "Choose the platform")
        .containsEntry("terms.deliverables[0].description", "must be at most 500 characters");
  }

  @Test
  void aContractNeedsDeliverables() {
    ContractTerms terms =
        new ContractTerms(
            List.of(), Compensation.productOnly(), "EUR", null, UsageRights.none(), null, false);
    assertThat(violations(terms)).containsEntry("deliverables", "must have between 1 and 20 lines");

    DeliverableSpec[] many = new DeliverableSpec[21];
    Arrays.fill(many, Fixtures.perDeliverable("1", 1).deliverables().get(0));
    ContractTerms tooMany =
        new ContractTerms(
            List.of(many),
            Compensation.productOnly(),
            "EUR",
            null,
            UsageRights.none(),
            null,
            false);
    assertThat(violations(tooMany)).containsKey("deliverables");
  }

  @Test
  void usageRightsAreBounded() {
    assertThat(violations(new UsageRights(java.util.Set.of(), 3651)))
        .containsEntry("durationDays", "must be at most 3650 days (10 years)");
  }
}
