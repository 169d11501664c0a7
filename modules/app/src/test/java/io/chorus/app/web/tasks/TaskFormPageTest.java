package io.chorus.app.web.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.campaign.forms.ApprovePaymentForm;
import io.chorus.campaign.forms.DraftContractForm;
import io.chorus.campaign.forms.PostEvidenceForm;
import io.chorus.campaign.forms.ReviewDecisionForm;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The task page's own work: fields from a form class, their JSON, highlighting, message paths. */
class TaskFormPageTest {

  @Test
  void formFieldsComeFromTheFormClassWithAnEditorPerType() {
    List<FormField> review = TaskBean.fields(ReviewDecisionForm.class);
    assertThat(review).extracting(FormField::getName).containsExactly("decision", "comment");
    assertThat(review.get(0).getKind()).isEqualTo(FormField.Kind.CHOICE);
    assertThat(review.get(0).getOptions())
        .containsValues("APPROVE", "REQUEST_CHANGES", "REJECT")
        .containsKey("Request changes");
    assertThat(review.get(1).getKind()).isEqualTo(FormField.Kind.TEXTAREA);
    assertThat(TaskBean.fields(ApprovePaymentForm.class).get(0).getKind())
        .isEqualTo(FormField.Kind.BOOLEAN);
    assertThat(TaskBean.fields(DraftContractForm.class))
        .singleElement()
        .satisfies(f -> assertThat(f.getKind()).isEqualTo(FormField.Kind.JSON));
  }

  @Test
  void theFormBecomesJsonAndBadTextIsReportedPerField() throws Exception {
    TaskBean bean = beanWith(ApprovePaymentForm.class, Map.of("approved", "true", "comment", "ok"));
    Map<String, String> errors = new LinkedHashMap<>();
    assertThat(bean.json(errors)).isEqualTo("{\"approved\":true,\"comment\":\"ok\"}");
    assertThat(errors).isEmpty();

    TaskBean contract = beanWith(DraftContractForm.class, Map.of("terms", "{not json"));
    contract.json(errors);
    assertThat(errors).containsEntry("terms", "Enter valid JSON here.");
  }

  @Test
  void validationPathsFindTheirField() throws Exception {
    TaskBean bean = beanWith(ReviewDecisionForm.class, Map.of());
    assertThat(bean.fieldOf("decision")).isEqualTo("decision");
    assertThat(bean.fieldOf("commentGivenUnlessApproved")).isEqualTo("comment");
    assertThat(bean.fieldOf("body")).isNull();
    TaskBean contract = beanWith(DraftContractForm.class, Map.of());
    assertThat(contract.fieldOf("terms.deliverables[0].count")).isEqualTo("terms");
  }

  @Test
  void disclosuresAreHighlightedAndTheCaptionIsEscaped() {
    assertThat(TaskBean.highlight("#ad Love it <script> @brand #sponsored"))
        .isEqualTo(
            "<mark class=\"disclosure\">#ad</mark> Love it &lt;script&gt; @brand"
                + " <mark class=\"disclosure\">#sponsored</mark>");
    assertThat(TaskBean.highlight("Paid partnership with @glowlabs: day 3"))
        .startsWith("<mark class=\"disclosure\">Paid partnership with @glowlabs</mark>");
    assertThat(TaskBean.highlight("#adventure time")).doesNotContain("<mark");
  }

  @Test
  void evidenceBecomesThePostEvidenceFormsJsonWithWholeNumbersAndAUtcTime() throws Exception {
    TaskBean bean =
        beanWith(
            PostEvidenceForm.class,
            Map.of(
                "live", "true",
                "observedAccount", "@ada",
                "publishedAt", "2026-11-20T09:30",
                "views", "12,000",
                "likes", "900"));
    Map<String, String> errors = new LinkedHashMap<>();
    assertThat(bean.json(errors))
        .isEqualTo(
            "{\"live\":true,\"observedAccount\":\"@ada\",\"publishedAt\":\"2026-11-20T09:30Z\","
                + "\"views\":12000,\"likes\":900}");
    assertThat(errors).isEmpty();

    TaskBean bad =
        beanWith(
            PostEvidenceForm.class,
            Map.of("views", "12.5", "likes", "many", "publishedAt", "yesterday"));
    bad.json(errors);
    assertThat(errors)
        .containsEntry("views", "Enter a whole number, such as 1200.")
        .containsEntry("likes", "Enter a whole number, such as 1200.")
        .containsEntry("publishedAt", "Enter a date and time, such as 2026-12-01T09:00.");
    assertThat(TaskBean.dateTime("2026-11-20T09:30:00+01:00")).isEqualTo("2026-11-20T09:30+01:00");
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    assertThat(TaskBean.safeUrl(" https://www.instagram.com/p/x "))
        .isEqualTo("https://www.instagram.com/p/x");
    assertThat(TaskBean.safeUrl("javascript:alert(1)")).isNull();
    assertThat(TaskBean.safeUrl(null)).isNull();
  }

  private static TaskBean beanWith(Class<?> form, Map<String, String> values) throws Exception {
    TaskBean bean = new TaskBean();
    Field fields = TaskBean.class.getDeclaredField("fields");
    fields.setAccessible(true);
    fields.set(bean, TaskBean.fields(form));
    bean.getValues().putAll(values);
    return bean;
  }
}
