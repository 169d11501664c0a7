package io.chorus.campaign.forms;

import io.chorus.contracting.Compensation;
import io.chorus.contracting.CompensationModel;
import io.chorus.contracting.ContractTerms;
import io.chorus.contracting.DeliverableFormat;
import io.chorus.contracting.DeliverableSpec;
import io.chorus.contracting.Platform;
import io.chorus.contracting.UsageChannel;
import io.chorus.contracting.UsageRights;
import io.chorus.workflow.TaskFormData;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The contract's terms: deliverables with due dates, compensation, currency, payment terms, usage
 * rights, kill fee, product. Completing the task drafts the contract in contracting (or revises the
 * engagement's rejected one); the completion variable is the contract's id.
 *
 * <p>Plain classes mirror contracting's records, because JSON-B cannot bind a record with two
 * constructors ({@code DeliverableSpec}). The field rules here are the ones a form shows at once;
 * contracting checks the rest (amounts per model, due dates in the campaign) and answers 422 too.
 */
public class DraftContractForm implements TaskFormData {

  @NotNull(message = "Give the contract's terms.")
  @Valid
  public Terms terms;

  /** Nothing by itself: the contract id comes from contracting when the draft is stored. */
  @Override
  public Map<String, Object> toVariables() {
    return Map.of();
  }

  /** The terms as contracting takes them. */
  public ContractTerms contractTerms() {
    return new ContractTerms(
        terms.deliverables.stream()
            .map(l -> new DeliverableSpec(l.platform, l.format, l.count, l.dueDate, l.description))
            .toList(),
        new Compensation(
            terms.compensation.model,
            terms.compensation.flatFee,
            terms.compensation.proRata,
            terms.compensation.ratePerDeliverable,
            terms.compensation.performanceBase,
            terms.compensation.bonusPer1000Engagements,
            terms.compensation.bonusCap),
        terms.currency,
        terms.paymentTermsDays,
        terms.usageRights == null
            ? UsageRights.none()
            : new UsageRights(
                terms.usageRights.channels == null ? Set.of() : terms.usageRights.channels,
                terms.usageRights.durationDays),
        terms.killFee,
        terms.includesProduct);
  }

  public static class Terms {
    @NotNull(message = "List at least one deliverable.")
    @Size(min = 1, max = 20, message = "Between 1 and 20 lines.")
    public List<@NotNull @Valid Line> deliverables;

    @NotNull(message = "Choose the compensation.")
    @Valid
    public CompensationTerms compensation;

    @NotNull(message = "Give the currency.")
    @Pattern(regexp = "[A-Z]{3}", message = "Use a three-letter code such as USD.")
    public String currency;

    /** Net-N; 30 when absent. */
    @Min(value = 0, message = "Cannot be negative.")
    @Max(value = 120, message = "At most 120 days.")
    public Integer paymentTermsDays;

    /** None when absent. */
    @Valid public Rights usageRights;

    @DecimalMin(value = "0.00", message = "Cannot be negative.")
    public BigDecimal killFee;

    public boolean includesProduct;
  }

  public static class Line {
    @NotNull(message = "Choose the platform.")
    public Platform platform;

    @NotNull(message = "Choose the format.")
    public DeliverableFormat format;

    @Min(value = 1, message = "At least 1.")
    @Max(value = 20, message = "At most 20 per line; add another line.")
    public int count = 1;

    @NotNull(message = "Give the due date.")
    public LocalDate dueDate;

    @Size(max = 500, message = "At most 500 characters.")
    public String description;
  }

  public static class CompensationTerms {
    @NotNull(message = "Choose PRODUCT_ONLY, FLAT_FEE, PER_DELIVERABLE or PERFORMANCE.")
    public CompensationModel model;

    public BigDecimal flatFee;
    public boolean proRata;
    public BigDecimal ratePerDeliverable;
    public BigDecimal performanceBase;
    public BigDecimal bonusPer1000Engagements;
    public BigDecimal bonusCap;
  }

  public static class Rights {
    public Set<@NotNull UsageChannel> channels;

    @Min(value = 0, message = "Cannot be negative.")
    @Max(value = 3650, message = "At most 3650 days.")
    public int durationDays;
  }
}
