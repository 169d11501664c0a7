package io.chorus.app.web.tasks;

import io.chorus.campaign.CampaignView;
import io.chorus.contracting.Compensation;
import io.chorus.contracting.CompensationModel;
import io.chorus.contracting.ContractTerms;
import io.chorus.contracting.DeliverableFormat;
import io.chorus.contracting.DeliverableSpec;
import io.chorus.contracting.PaymentCalculator;
import io.chorus.contracting.Platform;
import io.chorus.contracting.UsageChannel;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the draft-contract page edits: the compensation model with only its amounts, the deliverable
 * lines, currency, payment terms, kill fee, usage rights. It holds the typed text and turns it into
 * the JSON the API's {@code DraftContractForm} binds; the rules stay in the form class and in
 * contracting. The live total is contracting's own {@link PaymentCalculator#maximumPayable}.
 */
public class ContractForm implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String NUMBER_MESSAGE = "Enter a number, such as 1500 or 12.50.";

  private static final Pattern LINE_PATH =
      Pattern.compile("terms\\.deliverables\\[(\\d+)]\\.(\\w+)");

  private String model = "";
  private String flatFee;
  private boolean proRata;
  private String ratePerDeliverable;
  private String performanceBase;
  private String bonusPer1000Engagements;
  private String bonusCap;
  private String currency = "USD";
  private String paymentTermsDays;
  private String killFee;
  private boolean includesProduct;
  private List<String> usageChannels = new ArrayList<>();
  private String usageDays;
  private final List<Line> lines = new ArrayList<>();

  /** Starts from the campaign's defaults: its currency, model, fee and deliverable template. */
  static ContractForm from(CampaignView campaign) {
    ContractForm form = new ContractForm();
    if (campaign == null) {
      form.lines.add(new Line());
      return form;
    }
    if (campaign.currency() != null) {
      form.currency = campaign.currency();
    }
    if (campaign.compensationModel() != null && isModel(campaign.compensationModel())) {
      form.model = campaign.compensationModel();
      if (campaign.defaultFee() != null) {
        String fee = campaign.defaultFee().toPlainString();
        switch (CompensationModel.valueOf(form.model)) {
          case FLAT_FEE -> form.flatFee = fee;
          case PER_DELIVERABLE -> form.ratePerDeliverable = fee;
          case PERFORMANCE -> form.performanceBase = fee;
          case PRODUCT_ONLY -> {}
        }
      }
    }
    form.includesProduct = campaign.product() != null && !campaign.product().isBlank();
    Line line = new Line();
    if (campaign.platform() != null && isEnum(Platform.class, campaign.platform())) {
      line.platform = campaign.platform();
    }
    if (campaign.format() != null && isEnum(DeliverableFormat.class, campaign.format())) {
      line.format = campaign.format();
    }
    line.count = Integer.toString(Math.max(1, campaign.deliverableCount()));
    form.lines.add(line);
    return form;
  }

  /**
   * Starts from a contract's terms: a draft a manager sent back is revised, not typed again. Only
   * the model's own amounts are there, as contracting keeps them.
   */
  static ContractForm from(ContractTerms terms) {
    ContractForm form = new ContractForm();
    Compensation c = terms.compensation();
    if (c != null && c.model() != null) {
      form.model = c.model().name();
      form.flatFee = text(c.flatFee());
      form.proRata = c.proRata();
      form.ratePerDeliverable = text(c.ratePerDeliverable());
      form.performanceBase = text(c.performanceBase());
      form.bonusPer1000Engagements = text(c.bonusPer1000Engagements());
      form.bonusCap = text(c.bonusCap());
    }
    form.currency = terms.currency();
    form.paymentTermsDays = Integer.toString(terms.netDays());
    form.killFee = text(terms.killFee());
    form.includesProduct = terms.includesProduct();
    if (terms.usageRights() != null) {
      if (terms.usageRights().channels() != null) {
        terms.usageRights().channels().stream()
            .map(Enum::name)
            .sorted()
            .forEach(form.usageChannels::add);
      }
      form.usageDays =
          terms.usageRights().durationDays() == 0
              ? null
              : Integer.toString(terms.usageRights().durationDays());
    }
    if (terms.deliverables() != null) {
      for (DeliverableSpec spec : terms.deliverables()) {
        Line line = new Line();
        line.platform = spec.platform() == null ? null : spec.platform().name();
        line.format = spec.format() == null ? null : spec.format().name();
        line.count = Integer.toString(spec.count());
        line.dueDate = spec.dueDate() == null ? null : spec.dueDate().toString();
        line.description = spec.description();
        form.lines.add(line);
      }
    }
    if (form.lines.isEmpty()) {
      form.lines.add(new Line());
    }
    return form;
  }

  private static String text(BigDecimal amount) {
    return amount == null ? null : amount.toPlainString();
  }

  private static boolean isModel(String name) {
    return isEnum(CompensationModel.class, name);
  }

  private static <E extends Enum<E>> boolean isEnum(Class<E> type, String name) {
    try {
      Enum.valueOf(type, name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  // ---- what the page shows

  public boolean isFlatFeeModel() {
    return "FLAT_FEE".equals(model);
  }

  public boolean isPerDeliverableModel() {
    return "PER_DELIVERABLE".equals(model);
  }

  public boolean isPerformanceModel() {
    return "PERFORMANCE".equals(model);
  }

  public boolean isProductOnlyModel() {
    return "PRODUCT_ONLY".equals(model);
  }

  /** The models contracting supports, labelled as a person reads them. */
  public Map<String, String> getModels() {
    Map<String, String> models = new LinkedHashMap<>();
    models.put("Flat fee for all deliverables", "FLAT_FEE");
    models.put("Per deliverable", "PER_DELIVERABLE");
    models.put("Performance: base plus bonus per 1,000 engagements", "PERFORMANCE");
    models.put("Product only (no cash)", "PRODUCT_ONLY");
    return models;
  }

  public Map<String, String> getPlatforms() {
    return options(Platform.values());
  }

  public Map<String, String> getFormats() {
    return options(DeliverableFormat.values());
  }

  public Map<String, String> getChannels() {
    return options(UsageChannel.values());
  }

  private static Map<String, String> options(Enum<?>[] values) {
    Map<String, String> options = new LinkedHashMap<>();
    for (Enum<?> value : values) {
      options.put(TaskBean.humanize(value.name()), value.name());
    }
    return options;
  }

  /** How many deliverables the lines add up to (lines with a count that is not a number: none). */
  public int getDeliverableCount() {
    int sum = 0;
    for (Line line : lines) {
      Integer count = integer(line.count);
      if (count != null && count > 0) {
        sum += count;
      }
    }
    return sum;
  }

  /**
   * The most the contract can pay in cash, by contracting's own calculation, formatted in the
   * currency's minor unit; null while the model is not chosen or an amount is not a number.
   */
  public String getTotal() {
    if (!isModel(model)) {
      return null;
    }
    BigDecimal total;
    try {
      total =
          PaymentCalculator.maximumPayable(
              new Compensation(
                  CompensationModel.valueOf(model),
                  isFlatFeeModel() ? amount(flatFee) : null,
                  isFlatFeeModel() && proRata,
                  isPerDeliverableModel() ? amount(ratePerDeliverable) : null,
                  isPerformanceModel() ? amount(performanceBase) : null,
                  isPerformanceModel() ? amount(bonusPer1000Engagements) : null,
                  isPerformanceModel() ? amount(bonusCap) : null),
              getDeliverableCount());
    } catch (NumberFormatException e) {
      return null;
    }
    String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
    return String.format(
            Locale.ROOT,
            "%,." + PaymentCalculator.scaleOf(code) + "f",
            total.setScale(PaymentCalculator.scaleOf(code), RoundingMode.HALF_UP))
        + (code.isEmpty() ? "" : " " + code);
  }

  /** What the total means under the chosen model, so the figure is not misread. */
  public String getTotalBasis() {
    if (isFlatFeeModel()) {
      return "The fee, once every deliverable is verified.";
    }
    if (isPerDeliverableModel()) {
      return "The rate × " + getDeliverableCount() + " deliverable(s), all verified.";
    }
    if (isPerformanceModel()) {
      return "The base plus the bonus at its cap.";
    }
    if (isProductOnlyModel()) {
      return "No cash: the creator is paid in product.";
    }
    return "";
  }

  private static BigDecimal amount(String text) {
    return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(",", ""));
  }

  private static Integer integer(String text) {
    try {
      return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // ---- to the API's form

  /**
   * The form as the JSON the API's {@code DraftContractForm} binds. Text that cannot become its
   * field's type is put in {@code errors} under the page's field (see {@link #clientId}); the rest
   * is left to the form class's Bean Validation and contracting's rules. Only the chosen model's
   * amounts are sent.
   */
  String json(Map<String, String> errors) {
    JsonObjectBuilder compensation = Json.createObjectBuilder();
    if (!model.isBlank()) {
      compensation.add("model", model);
    }
    if (isFlatFeeModel()) {
      money(compensation, "flatFee", flatFee, "taskForm:flatFee", errors);
      compensation.add("proRata", proRata);
    }
    if (isPerDeliverableModel()) {
      money(
          compensation,
          "ratePerDeliverable",
          ratePerDeliverable,
          "taskForm:ratePerDeliverable",
          errors);
    }
    if (isPerformanceModel()) {
      money(compensation, "performanceBase", performanceBase, "taskForm:performanceBase", errors);
      money(
          compensation,
          "bonusPer1000Engagements",
          bonusPer1000Engagements,
          "taskForm:bonusPer1000Engagements",
          errors);
      money(compensation, "bonusCap", bonusCap, "taskForm:bonusCap", errors);
    }
    JsonArrayBuilder deliverables = Json.createArrayBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      JsonObjectBuilder json = Json.createObjectBuilder();
      if (line.platform != null && !line.platform.isBlank()) {
        json.add("platform", line.platform);
      }
      if (line.format != null && !line.format.isBlank()) {
        json.add("format", line.format);
      }
      if (line.count != null && !line.count.isBlank()) {
        Integer count = integer(line.count);
        if (count == null) {
          errors.put(lineId(i, "count"), "Enter a whole number, such as 2.");
        } else {
          json.add("count", count);
        }
      }
      if (line.dueDate != null && !line.dueDate.isBlank()) {
        try {
          json.add("dueDate", LocalDate.parse(line.dueDate.strip()).toString());
        } catch (DateTimeParseException e) {
          errors.put(lineId(i, "dueDate"), "Enter a date, such as 2026-12-01.");
        }
      }
      if (line.description != null && !line.description.isBlank()) {
        json.add("description", line.description.strip());
      }
      deliverables.add(json);
    }
    JsonObjectBuilder terms =
        Json.createObjectBuilder()
            .add("deliverables", deliverables)
            .add("compensation", compensation)
            .add("includesProduct", includesProduct);
    if (currency != null && !currency.isBlank()) {
      terms.add("currency", currency.strip().toUpperCase(Locale.ROOT));
    }
    if (paymentTermsDays != null && !paymentTermsDays.isBlank()) {
      Integer days = integer(paymentTermsDays);
      if (days == null) {
        errors.put("taskForm:paymentTermsDays", "Enter a whole number of days, such as 30.");
      } else {
        terms.add("paymentTermsDays", days);
      }
    }
    if (!isProductOnlyModel()) {
      money(terms, "killFee", killFee, "taskForm:killFee", errors);
    }
    JsonArrayBuilder channels = Json.createArrayBuilder();
    usageChannels.forEach(channels::add);
    JsonObjectBuilder rights = Json.createObjectBuilder().add("channels", channels);
    if (usageDays != null && !usageDays.isBlank()) {
      Integer days = integer(usageDays);
      if (days == null) {
        errors.put("taskForm:usageDays", "Enter a whole number of days, such as 365.");
      } else {
        rights.add("durationDays", days);
      }
    }
    terms.add("usageRights", rights);
    return Json.createObjectBuilder().add("terms", terms).build().toString();
  }

  private static void money(
      JsonObjectBuilder json, String name, String text, String id, Map<String, String> errors) {
    if (text == null || text.isBlank()) {
      return;
    }
    try {
      json.add(name, amount(text));
    } catch (NumberFormatException e) {
      errors.put(id, NUMBER_MESSAGE);
    }
  }

  static String lineId(int index, String field) {
    return "taskForm:lines:" + index + ":" + field;
  }

  /**
   * The page's input for a field path of the API's answer ({@code terms.compensation.flatFee},
   * {@code terms.deliverables[0].dueDate}); null when the path names no single input.
   */
  static String clientId(String path) {
    if (path == null) {
      return null;
    }
    Matcher line = LINE_PATH.matcher(path);
    if (line.matches()) {
      return lineId(Integer.parseInt(line.group(1)), line.group(2));
    }
    return switch (path) {
      case "terms.compensation.model", "terms.compensation" -> "taskForm:model";
      case "terms.compensation.flatFee" -> "taskForm:flatFee";
      case "terms.compensation.proRata" -> "taskForm:proRata";
      case "terms.compensation.ratePerDeliverable" -> "taskForm:ratePerDeliverable";
      case "terms.compensation.performanceBase" -> "taskForm:performanceBase";
      case "terms.compensation.bonusPer1000Engagements" -> "taskForm:bonusPer1000Engagements";
      case "terms.compensation.bonusCap" -> "taskForm:bonusCap";
      case "terms.currency" -> "taskForm:currency";
      case "terms.paymentTermsDays" -> "taskForm:paymentTermsDays";
      case "terms.killFee" -> "taskForm:killFee";
      case "terms.usageRights", "terms.usageRights.channels" -> "taskForm:usageChannels";
      case "terms.usageRights.durationDays" -> "taskForm:usageDays";
      case "terms.deliverables" -> "taskForm:addLine";
      default -> null;
    };
  }

  /** Capitalises a message of contracting's ("give a flat fee above 0") for a field message. */
  static String sentence(String message) {
    if (message == null || message.isEmpty()) {
      return message;
    }
    String first = Character.toUpperCase(message.charAt(0)) + message.substring(1);
    return first.endsWith(".") ? first : first + ".";
  }

  public void addLine() {
    Line line = new Line();
    if (!lines.isEmpty()) {
      line.platform = lines.get(lines.size() - 1).platform;
      line.format = lines.get(lines.size() - 1).format;
    }
    lines.add(line);
  }

  public void removeLine(int index) {
    if (lines.size() > 1 && index >= 0 && index < lines.size()) {
      lines.remove(index);
    }
  }

  // ---- bean properties

  public List<Line> getLines() {
    return lines;
  }

  public String getModel() {
    return model;
  }

  public void setModel(String model) {
    this.model = model == null ? "" : model;
  }

  public String getFlatFee() {
    return flatFee;
  }

  public void setFlatFee(String flatFee) {
    this.flatFee = flatFee;
  }

  public boolean isProRata() {
    return proRata;
  }

  public void setProRata(boolean proRata) {
    this.proRata = proRata;
  }

  public String getRatePerDeliverable() {
    return ratePerDeliverable;
  }

  public void setRatePerDeliverable(String ratePerDeliverable) {
    this.ratePerDeliverable = ratePerDeliverable;
  }

  public String getPerformanceBase() {
    return performanceBase;
  }

  public void setPerformanceBase(String performanceBase) {
    this.performanceBase = performanceBase;
  }

  public String getBonusPer1000Engagements() {
    return bonusPer1000Engagements;
  }

  public void setBonusPer1000Engagements(String bonusPer1000Engagements) {
    this.bonusPer1000Engagements = bonusPer1000Engagements;
  }

  public String getBonusCap() {
    return bonusCap;
  }

  public void setBonusCap(String bonusCap) {
    this.bonusCap = bonusCap;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getPaymentTermsDays() {
    return paymentTermsDays;
  }

  public void setPaymentTermsDays(String paymentTermsDays) {
    this.paymentTermsDays = paymentTermsDays;
  }

  public String getKillFee() {
    return killFee;
  }

  public void setKillFee(String killFee) {
    this.killFee = killFee;
  }

  public boolean isIncludesProduct() {
    return includesProduct;
  }

  public void setIncludesProduct(boolean includesProduct) {
    this.includesProduct = includesProduct;
  }

  public List<String> getUsageChannels() {
    return usageChannels;
  }

  public void setUsageChannels(List<String> usageChannels) {
    this.usageChannels = usageChannels == null ? new ArrayList<>() : new ArrayList<>(usageChannels);
  }

  public String getUsageDays() {
    return usageDays;
  }

  public void setUsageDays(String usageDays) {
    this.usageDays = usageDays;
  }

  /** One deliverable line: platform, format, count, due date, what it is. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;

    private String platform;
    private String format;
    private String count = "1";
    private String dueDate;
    private String description;

    public String getPlatform() {
      return platform;
    }

    public void setPlatform(String platform) {
      this.platform = platform;
    }

    public String getFormat() {
      return format;
    }

    public void setFormat(String format) {
      this.format = format;
    }

    public String getCount() {
      return count;
    }

    public void setCount(String count) {
      this.count = count;
    }

    public String getDueDate() {
      return dueDate;
    }

    public void setDueDate(String dueDate) {
      this.dueDate = dueDate;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }
}
