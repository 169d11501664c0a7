package io.chorus.app.web.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.campaign.forms.DraftContractForm;
import io.chorus.contracting.Compensation;
import io.chorus.contracting.ContractTerms;
import io.chorus.contracting.DeliverableFormat;
import io.chorus.contracting.DeliverableSpec;
import io.chorus.contracting.Platform;
import io.chorus.contracting.UsageChannel;
import io.chorus.contracting.UsageRights;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The draft-contract page's model: its JSON for the API's form, the live total, message ids. */
class ContractFormTest {

  @Test
  void theTotalIsContractingsMostPayableAndFollowsTheModelAndTheCount() {
    ContractForm form = new ContractForm();
    form.getLines().add(new ContractForm.Line());
    assertThat(form.getTotal()).as("no model chosen yet").isNull();

    form.setModel("PER_DELIVERABLE");
    form.setRatePerDeliverable("1250.50");
    form.getLines().get(0).setCount("3");
    assertThat(form.getTotal()).isEqualTo("3,751.50 USD");

    form.addLine();
    form.getLines().get(1).setCount("2");
    assertThat(form.getTotal()).isEqualTo("6,252.50 USD");

    form.removeLine(0);
    assertThat(form.getDeliverableCount()).isEqualTo(2);
    assertThat(form.getTotal()).isEqualTo("2,501.00 USD");
    form.removeLine(0);
    assertThat(form.getLines()).as("the last line stays").hasSize(1);
    form.addLine();
    assertThat(form.getLines().get(1).getCount()).isEqualTo("1");

    form.setModel("FLAT_FEE");
    form.setFlatFee("9000");
    assertThat(form.getTotal()).as("the fee, whatever the count").isEqualTo("9,000.00 USD");

    form.setModel("PERFORMANCE");
    form.setPerformanceBase("1000");
    form.setBonusPer1000Engagements("50");
    form.setBonusCap("400");
    assertThat(form.getTotal()).as("base plus the capped bonus").isEqualTo("1,400.00 USD");

    form.setCurrency("JPY");
    assertThat(form.getTotal()).as("in the currency's minor unit").isEqualTo("1,400 JPY");

    form.setModel("PRODUCT_ONLY");
    assertThat(form.getTotal()).isEqualTo("0 JPY");

    form.setModel("FLAT_FEE");
    form.setFlatFee("12k");
    assertThat(form.getTotal()).as("not a number: no total").isNull();
  }

  @Test
  void onlyTheChosenModelsAmountsGoToTheApiFormWhichBindsThem() throws Exception {
    ContractForm form = new ContractForm();
    form.getLines().add(new ContractForm.Line());
    form.setModel("FLAT_FEE");
    form.setFlatFee("12,000.00");
    form.setRatePerDeliverable("99"); // typed before switching model: not sent
    form.setProRata(true);
    form.setKillFee("500");
    form.setPaymentTermsDays("45");
    form.setUsageChannels(List.of("BRAND_SOCIAL", "WEBSITE"));
    form.setUsageDays("365");
    ContractForm.Line line = form.getLines().get(0);
    line.setPlatform("INSTAGRAM");
    line.setFormat("REEL");
    line.setCount("2");
    line.setDueDate("2026-12-20");
    Map<String, String> errors = new LinkedHashMap<>();

    String json = form.json(errors);

    assertThat(errors).isEmpty();
    JsonObject terms =
        Json.createReader(new StringReader(json)).readObject().getJsonObject("terms");
    JsonObject compensation = terms.getJsonObject("compensation");
    assertThat(compensation.getString("model")).isEqualTo("FLAT_FEE");
    assertThat(compensation.getJsonNumber("flatFee").bigDecimalValue())
        .isEqualByComparingTo("12000.00");
    assertThat(compensation.containsKey("ratePerDeliverable")).isFalse();
    assertThat(compensation.getBoolean("proRata")).isTrue();
    assertThat(terms.getJsonNumber("killFee").bigDecimalValue()).isEqualByComparingTo("500");
    assertThat(terms.getInt("paymentTermsDays")).isEqualTo(45);
    assertThat(terms.getString("currency")).isEqualTo("USD");
    assertThat(terms.getBoolean("includesProduct")).isFalse();
    assertThat(terms.getJsonObject("usageRights").getInt("durationDays")).isEqualTo(365);
    assertThat(terms.getJsonObject("usageRights").getJsonArray("channels"))
        .extracting(v -> ((JsonString) v).getString())
        .containsExactly("BRAND_SOCIAL", "WEBSITE");
    JsonObject line0 = terms.getJsonArray("deliverables").getJsonObject(0);
    assertThat(line0.getString("platform")).isEqualTo("INSTAGRAM");
    assertThat(line0.getString("format")).isEqualTo("REEL");
    assertThat(line0.getInt("count")).isEqualTo(2);
    assertThat(line0.getString("dueDate")).isEqualTo("2026-12-20");
    // Every key is one DraftContractForm declares (the API's strict JSON refuses others).
    assertThat(terms.keySet()).allMatch(k -> hasField(DraftContractForm.Terms.class, k));
    assertThat(compensation.keySet())
        .allMatch(k -> hasField(DraftContractForm.CompensationTerms.class, k));
    assertThat(line0.keySet()).allMatch(k -> hasField(DraftContractForm.Line.class, k));
  }

  private static boolean hasField(Class<?> type, String name) {
    try {
      type.getField(name);
      return true;
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  @Test
  void textThatIsNoNumberOrDateIsReportedBesideItsInput() {
    ContractForm form = new ContractForm();
    form.getLines().add(new ContractForm.Line());
    form.setModel("PER_DELIVERABLE");
    form.setRatePerDeliverable("a lot");
    form.getLines().get(0).setCount("two");
    form.getLines().get(0).setDueDate("next week");
    Map<String, String> errors = new LinkedHashMap<>();

    form.json(errors);

    assertThat(errors)
        .containsEntry("taskForm:ratePerDeliverable", ContractForm.NUMBER_MESSAGE)
        .containsEntry("taskForm:lines:0:count", "Enter a whole number, such as 2.")
        .containsEntry("taskForm:lines:0:dueDate", "Enter a date, such as 2026-12-01.");
  }

  @Test
  void theApisFieldPathsFindThePagesInputs() {
    assertThat(ContractForm.clientId("terms.compensation.flatFee")).isEqualTo("taskForm:flatFee");
    assertThat(ContractForm.clientId("terms.deliverables[2].dueDate"))
        .isEqualTo("taskForm:lines:2:dueDate");
    assertThat(ContractForm.clientId("terms.deliverables")).isEqualTo("taskForm:addLine");
    assertThat(ContractForm.clientId("terms.killFee")).isEqualTo("taskForm:killFee");
    assertThat(ContractForm.clientId("body")).isNull();
    assertThat(ContractForm.sentence("give a flat fee above 0"))
        .isEqualTo("Give a flat fee above 0.");
  }

  @Test
  void everyPropertyThePageBindsHasOneType() throws Exception {
    // A boolean isX() beside a String getX() makes EL read one of them for both.
    for (var method : ContractForm.class.getMethods()) {
      if (method.getName().startsWith("is") && method.getParameterCount() == 0) {
        String getter = "get" + method.getName().substring(2);
        assertThat(java.util.Arrays.stream(ContractForm.class.getMethods()))
            .as(method.getName() + " and " + getter)
            .noneMatch(m -> m.getName().equals(getter) && m.getParameterCount() == 0);
      }
    }
    assertThat(ContractForm.class.getMethod("isFlatFeeModel").getReturnType())
        .isEqualTo(boolean.class);
    assertThat(ContractForm.class.getMethod("getFlatFee").getReturnType()).isEqualTo(String.class);
  }

  @Test
  void aContractSentBackIsRevisedFromItsTerms() {
    ContractTerms terms =
        new ContractTerms(
            List.of(
                new DeliverableSpec(
                    Platform.TIKTOK,
                    DeliverableFormat.VIDEO,
                    2,
                    LocalDate.of(2026, 12, 10),
                    "unboxing")),
            Compensation.performance(
                new BigDecimal("1000.00"), new BigDecimal("50.00"), new BigDecimal("400.00")),
            "EUR",
            45,
            new UsageRights(Set.of(UsageChannel.PAID_ADS), 180),
            new BigDecimal("100.00"),
            true);

    ContractForm form = ContractForm.from(terms);

    assertThat(form.isPerformanceModel()).isTrue();
    assertThat(form.getPerformanceBase()).isEqualTo("1000.00");
    assertThat(form.getFlatFee()).isNull();
    assertThat(form.getTotal()).isEqualTo("1,400.00 EUR");
    assertThat(form.getPaymentTermsDays()).isEqualTo("45");
    assertThat(form.getUsageChannels()).containsExactly("PAID_ADS");
    assertThat(form.getUsageDays()).isEqualTo("180");
    assertThat(form.getLines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.getPlatform()).isEqualTo("TIKTOK");
              assertThat(l.getCount()).isEqualTo("2");
              assertThat(l.getDueDate()).isEqualTo("2026-12-10");
              assertThat(l.getDescription()).isEqualTo("unboxing");
            });
    Map<String, String> errors = new LinkedHashMap<>();
    JsonObject again =
        Json.createReader(new StringReader(form.json(errors))).readObject().getJsonObject("terms");
    assertThat(errors).isEmpty();
    assertThat(again.getJsonObject("compensation").getJsonNumber("bonusCap").bigDecimalValue())
        .isEqualByComparingTo("400");
    assertThat(again.getJsonNumber("killFee").bigDecimalValue()).isEqualByComparingTo("100");
  }

  @Test
  void aNewFormStartsFromTheCampaignsDefaults() {
    ContractForm none = ContractForm.from((io.chorus.campaign.CampaignView) null);
    assertThat(none.getLines()).hasSize(1);
    assertThat(none.getModel()).isEmpty();

    ContractForm form =
        ContractForm.from(
            new io.chorus.campaign.CampaignView(
                1,
                0,
                "Glow",
                "Glow Labs",
                "Serum",
                null,
                "skincare",
                new BigDecimal("60000"),
                "EUR",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "US_FTC",
                "TIKTOK",
                "VIDEO",
                3,
                "PER_DELIVERABLE",
                new BigDecimal("800.00"),
                null,
                null,
                "maya",
                null,
                null,
                0,
                "olivia",
                null));
    assertThat(form.getModel()).isEqualTo("PER_DELIVERABLE");
    assertThat(form.getRatePerDeliverable()).isEqualTo("800.00");
    assertThat(form.getFlatFee()).isNull();
    assertThat(form.isIncludesProduct()).isTrue();
    assertThat(form.getLines())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.getPlatform()).isEqualTo("TIKTOK");
              assertThat(l.getFormat()).isEqualTo("VIDEO");
              assertThat(l.getCount()).isEqualTo("3");
            });
    assertThat(form.getTotal()).isEqualTo("2,400.00 EUR");
  }
}
