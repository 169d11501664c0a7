package io.chorus.contracting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * The negotiable part of a contract. Field rules are Bean Validation constraints; rules across
 * fields (the model's amounts, due dates inside the campaign window, kill fee not above what a
 * deliverable earns) are checked by the service and reported as {@link InvalidContractException}.
 *
 * @param paymentTermsDays net-N; {@code null} becomes {@value Limits#DEFAULT_PAYMENT_TERMS_DAYS}
 * @param killFee paid per deliverable whose content the brand rejects; {@code null} for none
 */
public record ContractTerms(
    @NotNull(message = "List at least one deliverable")
        @Size(min = 1, max = 20, message = "must have between 1 and 20 lines")
        List<@NotNull @Valid DeliverableSpec> deliverables,
    @NotNull(message = "Choose the compensation") @Valid Compensation compensation,
    @NotNull(message = "Give the currency")
        @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO 4217 code such as EUR")
        String currency,
    @Min(value = 0, message = "must not be negative")
        @Max(value = Limits.MAX_PAYMENT_TERMS_DAYS, message = "must be at most 120 days")
        Integer paymentTermsDays,
    @NotNull(message = "Give the usage rights (none is a valid answer)") @Valid
        UsageRights usageRights,
    @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = Limits.MAX_AMOUNT_TEXT, message = "must be at most 10,000,000")
        @Digits(integer = 8, fraction = 2, message = "must have at most 2 decimals")
        BigDecimal killFee,
    boolean includesProduct) {

  public ContractTerms {
    deliverables = deliverables == null ? null : List.copyOf(deliverables);
    paymentTermsDays =
        paymentTermsDays == null ? Limits.DEFAULT_PAYMENT_TERMS_DAYS : paymentTermsDays;
  }

  /** Net-N with the default applied. */
  public int netDays() {
    return paymentTermsDays;
  }

  /** How many deliverables the lines add up to. */
  public int deliverableCount() {
    return deliverables == null ? 0 : deliverables.stream().mapToInt(DeliverableSpec::count).sum();
  }
}
