package io.chorus.app.web.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.campaign.CampaignDraft;
import io.chorus.campaign.CampaignGoal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignFormTest {

  @Test
  void textBecomesTheDraftWithNumbersDatesAndTheGoal() {
    Map<String, String> v = CampaignForm.defaults("maya");
    v.put("name", "  Glow  ");
    v.put("goal", "CREDIBILITY");
    v.put("budget", "20,000.50");
    v.put("startDate", "2026-12-01");
    v.put("endDate", "2026-12-31");
    v.put("defaultFee", "1500");
    v.put("product", " ");
    Map<String, String> errors = new LinkedHashMap<>();

    CampaignDraft d = CampaignForm.draft(v, errors);

    assertThat(errors).isEmpty();
    assertThat(d.name).isEqualTo("Glow");
    assertThat(d.product).as("a blank field is no value").isNull();
    assertThat(d.goal).isEqualTo(CampaignGoal.CREDIBILITY);
    assertThat(d.budget).isEqualByComparingTo("20000.50");
    assertThat(d.startDate).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(d.deliverableCount).isEqualTo(1);
    assertThat(d.ownerManager).isEqualTo("maya");
    assertThat(d.currency).isEqualTo("USD");
  }

  @Test
  void textThatIsNoNumberDateOrGoalGetsAMessageOnItsField() {
    Map<String, String> v = CampaignForm.defaults(null);
    v.put("goal", "FAME");
    v.put("budget", "lots");
    v.put("endDate", "31/12/2026");
    v.put("deliverableCount", "2.5");
    v.put("usageRightsMonths", "six");
    Map<String, String> errors = new LinkedHashMap<>();

    CampaignDraft d = CampaignForm.draft(v, errors);

    assertThat(errors)
        .containsOnlyKeys("goal", "budget", "endDate", "deliverableCount", "usageRightsMonths");
    assertThat(errors.get("budget")).isEqualTo("Give the budget as a number, e.g. 20000.00.");
    assertThat(d.budget).isNull();
    assertThat(d.goal).isNull();
  }

  @Test
  void crossFieldRulesLandOnTheFieldTheUserCorrects() {
    assertThat(CampaignForm.fieldOf("dateOrderValid")).isEqualTo("endDate");
    assertThat(CampaignForm.fieldOf("feeConsistent")).isEqualTo("defaultFee");
    assertThat(CampaignForm.fieldOf("budget")).isEqualTo("budget");
    assertThat(CampaignForm.fieldOf("somethingElse")).isNull();
  }

  @Test
  void everyFormFieldIsAFieldOfTheDraft() throws Exception {
    for (String field : CampaignForm.FIELDS) {
      assertThat(CampaignDraft.class.getField(field)).isNotNull();
    }
  }
}
