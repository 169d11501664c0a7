package io.chorus.app.web.tasks;

import io.chorus.app.api.ApiError;
import io.chorus.app.api.InvalidInputException;
import io.chorus.app.api.tasks.TaskCompleter;
import io.chorus.app.api.tasks.TaskForms;
import io.chorus.app.web.Messages;
import io.chorus.app.web.WebUser;
import io.chorus.campaign.CampaignException;
import io.chorus.campaign.CampaignService;
import io.chorus.campaign.CampaignView;
import io.chorus.campaign.EngagementView;
import io.chorus.campaign.process.EngagementProcess.Var;
import io.chorus.contracting.ContractService;
import io.chorus.contracting.ContractStatus;
import io.chorus.contracting.ContractView;
import io.chorus.contracting.ContractingException;
import io.chorus.contracting.InvalidContractException;
import io.chorus.contracting.PaymentLine;
import io.chorus.contracting.PaymentQuote;
import io.chorus.contracting.PaymentService;
import io.chorus.contracting.StatusChange;
import io.chorus.review.CheckResult;
import io.chorus.review.DeliveryVerificationService;
import io.chorus.review.DeliveryView;
import io.chorus.review.DisputeView;
import io.chorus.review.MetricsSnapshot;
import io.chorus.review.PostObservation;
import io.chorus.review.ReviewException;
import io.chorus.review.ReviewService;
import io.chorus.review.SubmissionView;
import io.chorus.review.VerificationView;
import io.chorus.workflow.TaskException;
import io.chorus.workflow.TaskFormData;
import io.chorus.workflow.TaskListService;
import io.chorus.workflow.TaskSummary;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.io.Serializable;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One task with its form. The form is the task type's form class (the one the REST API binds): the
 * page collects the fields, the API's {@link TaskForms} binds and validates them with Bean
 * Validation, and the API's {@link TaskCompleter} completes the task in one transaction, so the
 * page and the API cannot disagree. Field messages from validation appear beside their fields.
 */
@Named
@ViewScoped
public class TaskBean implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String DRAFT_CONTRACT = "draftContract";

  /** Tasks whose form is {@code PostEvidenceForm}: what staff saw of the live post. */
  static final Set<String> EVIDENCE_TYPES = Set.of("verifyDelivery", "confirmPostStillLive");

  static final String RESOLVE_DISPUTE = "resolveDispute";

  static final Set<String> REVIEW_TYPES =
      Set.of("reviewContent", "reviewEscalatedContent", "reviewCompliance");

  /** Disclosures the automatic check accepts, highlighted in the caption. */
  static final Pattern DISCLOSURE =
      Pattern.compile(
          "(#ad\\b|#sponsored\\b|#advert\\b|paid partnership(?: with [@\\w.]+)?|^ad\\b)",
          Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  @Inject TaskListService tasks;
  @Inject TaskForms forms;
  @Inject TaskCompleter completer;
  @Inject TaskVariables variables;
  @Inject CampaignService campaigns;
  @Inject ReviewService reviews;
  @Inject PaymentService payments;
  @Inject ContractService contracts;
  @Inject DeliveryVerificationService deliveries;
  @Inject WebUser user;

  private String id;
  private TaskSummary task;
  private String problem;
  private boolean completed;
  private List<FormField> fields = List.of();
  private final Map<String, String> values = new HashMap<>();
  private CampaignView campaign;
  private EngagementView engagement;
  private List<SubmissionView> versions = List.of();
  private PaymentQuote quote;
  private ContractForm contract;
  private boolean revision;
  private boolean sentBack;
  private StatusChange sendBack;
  private DeliveryView delivery;
  private DisputeView dispute;
  private VerificationView failedVerification;

  public void load() {
    if (task != null || completed) {
      return;
    }
    try {
      task = tasks.get(user.viewer(), id);
    } catch (TaskException e) {
      problem = e.getMessage();
      return;
    }
    if (task.campaignId() != null) {
      campaign = campaigns.get(task.campaignId());
    }
    if (task.engagementId() != null) {
      try {
        engagement = campaigns.engagement(task.engagementId());
      } catch (CampaignException e) {
        engagement = null; // a process keyed to the campaign but not to one of its creators
      }
    }
    Class<? extends TaskFormData> form = forms.formFor(task.taskType());
    fields = form == null ? List.of() : fields(form);
    if (isReview()) {
      Long deliverable = variables.longVariable(task.id(), Var.DELIVERABLE_ID);
      if (deliverable != null) {
        versions =
            reviews.versions(deliverable).stream()
                .sorted(Comparator.comparingInt(SubmissionView::version).reversed())
                .toList();
      }
    }
    if (isContractTask()) {
      // A contract a manager sent back is revised from its terms; a new one starts from the
      // campaign's defaults.
      ContractView existing =
          engagement == null
              ? null
              : contracts
                  .findByEngagement(engagement.id())
                  .filter(c -> c.status().editable())
                  .orElse(null);
      revision = existing != null;
      sentBack = revision && existing.status() == ContractStatus.REJECTED;
      sendBack =
          sentBack
              ? contracts.history(existing.id()).stream()
                  .filter(change -> change.to() == ContractStatus.REJECTED)
                  .reduce((earlier, later) -> later)
                  .orElse(null)
              : null;
      contract = revision ? ContractForm.from(existing.terms()) : ContractForm.from(campaign);
    }
    if (isEvidence() || isDispute()) {
      loadDelivery();
    }
    if (isPayment()) {
      Long contractId = variables.longVariable(task.id(), Var.CONTRACT_ID);
      if (contractId != null) {
        quote = payments.quote(contractId);
      }
    }
  }

  /** The deliverable's live post and, for a dispute, the dispute and the check that failed. */
  private void loadDelivery() {
    Long deliverable = variables.longVariable(task.id(), Var.DELIVERABLE_ID);
    if (deliverable == null) {
      return;
    }
    try {
      delivery = deliveries.delivery(deliverable);
      if (isDispute()) {
        dispute = deliveries.openDispute(deliverable).orElse(null);
        if (dispute != null) {
          failedVerification =
              deliveries.verifications(deliverable).stream()
                  .filter(v -> v.id() == dispute.verificationId())
                  .findFirst()
                  .orElse(null);
        }
      }
    } catch (ReviewException e) {
      delivery = null; // no publication recorded yet: the page shows the form without facts
    }
  }

  /** Completes the task with the form; on invalid fields the page shows their messages. */
  public String complete() {
    if (!reloaded()) {
      return null;
    }
    Map<String, String> fieldErrors = new LinkedHashMap<>();
    // The contract form reports by input id; the others by the form class's field name.
    String json = isContractTask() ? contract.json(fieldErrors) : json(fieldErrors);
    if (!fieldErrors.isEmpty()) {
      fieldErrors.forEach(
          (field, message) -> Messages.field(isContractTask() ? field : clientId(field), message));
      Messages.error("Some fields need your attention.", "See the messages beside them.");
      return null;
    }
    try {
      TaskFormData data = forms.validForm(task.taskType(), json);
      // Read the task again: someone may have completed or claimed it since the page opened.
      task = tasks.get(user.viewer(), task.id());
      completer.complete(user.viewer(), task, data);
    } catch (InvalidInputException e) {
      for (ApiError.FieldError error : e.fieldErrors()) {
        fieldMessage(error.field(), error.message());
      }
      Messages.error("Some fields need your attention.", "See the messages beside them.");
      return null;
    } catch (InvalidContractException e) {
      // contracting's rules across fields, with the same paths and messages as the API's 422
      for (InvalidContractException.Problem problem : e.problems()) {
        fieldMessage(problem.field(), ContractForm.sentence(problem.message()));
      }
      Messages.error("Some fields need your attention.", "See the messages beside them.");
      return null;
    } catch (ConstraintViolationException e) {
      // a service's own Bean Validation (an amount with three decimals), as the API answers it
      for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
        fieldMessage(pathOf(violation), ContractForm.sentence(violation.getMessage()));
      }
      Messages.error("Some fields need your attention.", "See the messages beside them.");
      return null;
    } catch (TaskException e) {
      completed = e.reason() == TaskException.Reason.ALREADY_COMPLETED;
      problem = e.getMessage();
      Messages.error(
          e.getMessage(),
          completed
              ? "Nothing more to do here: go back to your task list."
              : "Go back to your task list and pick another task.");
      return null;
    } catch (ReviewException | ContractingException | CampaignException e) {
      Messages.error(e.getMessage(), "Check the task's data and try again.");
      return null;
    }
    Messages.info("Done: " + getTitle() + ".", null);
    return "/tasks.xhtml?faces-redirect=true";
  }

  /** A message beside the input a validation path names, or on top when it names none. */
  private void fieldMessage(String path, String message) {
    String clientId;
    if (isContractTask()) {
      clientId = ContractForm.clientId(path);
    } else {
      String field = fieldOf(path);
      clientId = field == null ? null : clientId(field);
    }
    if (clientId == null) {
      Messages.error(message, null);
    } else {
      Messages.field(clientId, message);
    }
  }

  /** "draft.arg0.terms.killFee" is the body's "terms.killFee", as the API reports it. */
  static String pathOf(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD
          || node.getKind() == ElementKind.CONSTRUCTOR
          || node.getKind() == ElementKind.PARAMETER
          || node.getKind() == ElementKind.CROSS_PARAMETER
          || node.getKind() == ElementKind.RETURN_VALUE) {
        continue;
      }
      if (node.isInIterable() && field.length() > 0) {
        field.append('[').append(node.getIndex() == null ? "" : node.getIndex()).append(']');
      }
      if (node.getName() != null && !node.getName().startsWith("<")) {
        if (field.length() > 0) {
          field.append('.');
        }
        field.append(node.getName());
      }
    }
    return field.toString();
  }

  public String claim() {
    if (!reloaded()) {
      return null;
    }
    try {
      task = tasks.claim(user.viewer(), task.id());
      Messages.info("The task is yours now.", null);
    } catch (TaskException e) {
      Messages.error(e.getMessage(), "Go back to your task list.");
    }
    return null;
  }

  /**
   * A postback on a page whose bean is new (the page came back from the browser's history) has no
   * task yet: read it again, and say so when it is gone.
   */
  private boolean reloaded() {
    if (task == null && !completed) {
      load();
    }
    if (task == null || completed) {
      Messages.error(
          problem == null ? "This task is no longer in your task list." : problem,
          "Nothing more to do here: go back to your task list.");
      return false;
    }
    return true;
  }

  // ---- form fields from the form class

  static List<FormField> fields(Class<?> form) {
    List<FormField> result = new ArrayList<>();
    for (Field f : form.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      Class<?> type = f.getType();
      FormField.Kind kind;
      Map<String, String> options = null;
      String hint = null;
      if (type == String.class) {
        kind =
            f.getName().matches("(?i).*(comment|note|reason|caption|description).*")
                ? FormField.Kind.TEXTAREA
                : FormField.Kind.TEXT;
      } else if (type == Boolean.class || type == boolean.class) {
        kind = FormField.Kind.BOOLEAN;
      } else if (type.isEnum()) {
        kind = FormField.Kind.CHOICE;
        options = new LinkedHashMap<>();
        for (Object constant : type.getEnumConstants()) {
          options.put(humanize(((Enum<?>) constant).name()), ((Enum<?>) constant).name());
        }
      } else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
        kind = FormField.Kind.NUMBER;
      } else if (type == LocalDate.class) {
        kind = FormField.Kind.DATE;
      } else if (type == OffsetDateTime.class) {
        kind = FormField.Kind.DATETIME;
        hint = "ISO-8601, e.g. 2026-12-01T09:00:00Z";
      } else {
        kind = FormField.Kind.JSON;
        hint = "JSON, as the API documents it";
      }
      boolean whole =
          kind == FormField.Kind.NUMBER
              && (type == Long.class
                  || type == long.class
                  || type == Integer.class
                  || type == int.class
                  || type == Short.class
                  || type == short.class);
      result.add(new FormField(f.getName(), humanize(f.getName()), kind, options, hint, whole));
    }
    return result;
  }

  static String humanize(String name) {
    String spaced =
        name.contains("_")
            ? name.toLowerCase(Locale.ROOT).replace('_', ' ')
            : name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  /** The form as JSON; text that cannot become its field's type is reported per field. */
  String json(Map<String, String> errors) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    for (FormField field : fields) {
      String value = values.get(field.getName());
      if (value == null || value.isBlank()) {
        continue;
      }
      String text = value.strip();
      switch (field.getKind()) {
        case BOOLEAN -> json.add(field.getName(), Boolean.parseBoolean(text));
        case NUMBER -> {
          try {
            BigDecimal number = new BigDecimal(text.replace(",", ""));
            if (field.isWhole() && number.stripTrailingZeros().scale() > 0) {
              errors.put(field.getName(), "Enter a whole number, such as 1200.");
            } else {
              json.add(field.getName(), number);
            }
          } catch (NumberFormatException e) {
            errors.put(
                field.getName(),
                field.isWhole()
                    ? "Enter a whole number, such as 1200."
                    : "Enter a number, such as 1500 or 12.50.");
          }
        }
        case DATETIME -> {
          String instant = dateTime(text);
          if (instant == null) {
            errors.put(field.getName(), "Enter a date and time, such as 2026-12-01T09:00.");
          } else {
            json.add(field.getName(), instant);
          }
        }
        case JSON -> {
          try (var reader = Json.createReader(new StringReader(text))) {
            JsonValue parsed = reader.readValue();
            json.add(field.getName(), parsed);
          } catch (JsonParsingException e) {
            errors.put(field.getName(), "Enter valid JSON here.");
          }
        }
        default -> json.add(field.getName(), text);
      }
    }
    return json.build().toString();
  }

  /**
   * A date and time as the API takes it: ISO-8601 with an offset. The browser's date-time input
   * gives none ({@code 2026-12-01T09:00}); the page labels it UTC. Null when it is no date-time.
   */
  static String dateTime(String text) {
    try {
      return OffsetDateTime.parse(text).toString();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC).toString();
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  /** The form field a validation path names: {@code terms.fee} is {@code terms}. */
  String fieldOf(String path) {
    if (path == null) {
      return null;
    }
    String first = path.split("[.\\[]", 2)[0];
    for (FormField field : fields) {
      if (field.getName().equals(first)) {
        return field.getName();
      }
    }
    // A class-level rule such as commentGivenUnlessApproved belongs to the field it names.
    for (FormField field : fields) {
      if (first.toLowerCase(Locale.ROOT).contains(field.getName().toLowerCase(Locale.ROOT))) {
        return field.getName();
      }
    }
    return null;
  }

  String clientId(String field) {
    if (isPayment() && field.equals("comment")) {
      return "taskForm:paymentComment";
    }
    if (isReview() || isPayment() || isEvidence() || isDispute()) {
      return "taskForm:" + field;
    }
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).getName().equals(field)) {
        String input =
            switch (fields.get(i).getKind()) {
              case TEXTAREA, JSON -> "v_AREA";
              case BOOLEAN -> "v_BOOL";
              case CHOICE -> "v_CHOICE";
              case DATE -> "v_DATE";
              default -> "v_TEXT";
            };
        return "taskForm:fields:" + i + ":" + input;
      }
    }
    return null;
  }

  // ---- review content

  /** The caption, escaped, with every disclosure wrapped in a highlight. */
  public static String highlight(String caption) {
    if (caption == null) {
      return "";
    }
    String escaped = escape(caption);
    Matcher m = DISCLOSURE.matcher(escaped);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement("<mark class=\"disclosure\">" + m.group() + "</mark>"));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  public String highlighted(SubmissionView version) {
    return highlight(version.caption());
  }

  /** Views of a version for EL, which does not read record accessors. */
  public List<VersionRow> getVersionRows() {
    return versions.stream().map(VersionRow::new).toList();
  }

  /** One draft version: caption with highlighted disclosure, checks, earlier decisions. */
  public static final class VersionRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final SubmissionView version;

    VersionRow(SubmissionView version) {
      this.version = version;
    }

    public int getVersion() {
      return version.version();
    }

    public String getCaptionHtml() {
      return highlight(version.caption());
    }

    public List<String> getMediaLinks() {
      return version.mediaLinks();
    }

    public String getSubmittedBy() {
      return version.submittedBy();
    }

    public String getSubmittedAt() {
      return TaskRow.format(version.submittedAt());
    }

    public List<Check> getChecks() {
      return version.checks().stream().map(Check::new).toList();
    }

    public boolean isAllPassed() {
      return version.checks().stream().allMatch(CheckResult::passed);
    }

    public List<String> getDecisions() {
      return version.decisions().stream()
          .map(
              d ->
                  d.outcome()
                      + " by "
                      + d.reviewer()
                      + " ("
                      + d.role()
                      + ")"
                      + (d.comment() == null || d.comment().isBlank() ? "" : ": " + d.comment()))
          .toList();
    }
  }

  /** One automatic check with its result. */
  public static final class Check implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CheckResult result;

    Check(CheckResult result) {
      this.result = result;
    }

    public String getName() {
      return humanize(result.name());
    }

    public boolean isPassed() {
      return result.passed();
    }

    public String getMessage() {
      return result.message();
    }
  }

  // ---- approve payment

  public boolean isHasQuote() {
    return quote != null;
  }

  public String getQuoteTotal() {
    return quote == null ? "" : quote.total().toPlainString() + " " + quote.currency();
  }

  public String getQuoteSummary() {
    return quote == null
        ? ""
        : quote.verified()
            + " verified, "
            + quote.rejected()
            + " rejected, "
            + quote.undelivered()
            + " undelivered, "
            + quote.pending()
            + " pending; due "
            + (quote.dueDate() == null ? "on verification" : quote.dueDate());
  }

  public List<Map<String, String>> getQuoteLines() {
    if (quote == null) {
      return List.of();
    }
    List<Map<String, String>> lines = new ArrayList<>();
    for (PaymentLine line : quote.lines()) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("kind", humanize(line.kind().name()));
      row.put("description", line.description());
      row.put("quantity", Long.toString(line.quantity()));
      row.put("unit", line.unitAmount() == null ? "" : line.unitAmount().toPlainString());
      row.put("amount", line.amount() == null ? "" : line.amount().toPlainString());
      lines.add(row);
    }
    return lines;
  }

  // ---- for the page

  public boolean isReview() {
    return task != null && REVIEW_TYPES.contains(task.taskType());
  }

  public boolean isPayment() {
    return task != null && "approvePayment".equals(task.taskType());
  }

  public boolean isContractTask() {
    return task != null && DRAFT_CONTRACT.equals(task.taskType());
  }

  /** The contract exists already (a manager sent it back): its terms are revised. */
  public boolean isRevision() {
    return revision;
  }

  /** The existing contract was rejected by a manager, rather than saved as a draft. */
  public boolean isSentBack() {
    return sentBack;
  }

  /** Who sent the contract back, when and why ("maya on 2026-11-26 10:02: too high"); or "". */
  public String getSendBackReason() {
    return sendBack == null
        ? ""
        : sendBack.changedBy()
            + " on "
            + TaskRow.format(sendBack.changedAt())
            + ": "
            + (sendBack.note() == null ? "no reason given" : sendBack.note());
  }

  public ContractForm getContract() {
    return contract;
  }

  public boolean isEvidence() {
    return task != null && EVIDENCE_TYPES.contains(task.taskType());
  }

  public boolean isDispute() {
    return task != null && RESOLVE_DISPUTE.equals(task.taskType());
  }

  public boolean isGeneric() {
    return task != null
        && !isReview()
        && !isPayment()
        && !isContractTask()
        && !isEvidence()
        && !isDispute();
  }

  // ---- verify delivery and resolve dispute: the facts beside the form

  /** The live post's URL when it is a web address a link may point at; null otherwise. */
  public String getLiveUrl() {
    return delivery == null ? null : safeUrl(delivery.liveUrl());
  }

  /** The URL as recorded, shown as text even when it is not linkable. */
  public String getLiveUrlText() {
    return delivery == null || delivery.liveUrl() == null ? "" : delivery.liveUrl();
  }

  static String safeUrl(String url) {
    if (url == null) {
      return null;
    }
    String lower = url.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
  }

  public String getLiveUrlSubmitted() {
    return delivery == null || delivery.urlSubmittedAt() == null
        ? ""
        : "by "
            + delivery.urlSubmittedBy()
            + (delivery.urlChannel() == null
                ? ""
                : " (" + humanize(delivery.urlChannel().name()) + ")")
            + ", "
            + TaskRow.format(delivery.urlSubmittedAt());
  }

  public String getDeliveryStatus() {
    return delivery == null ? "" : humanize(delivery.status().name());
  }

  public String getRequiredInCaption() {
    if (campaign == null) {
      return "";
    }
    String required =
        ((campaign.requiredHashtags() == null ? "" : campaign.requiredHashtags())
                + " "
                + (campaign.requiredMentions() == null ? "" : campaign.requiredMentions()))
            .strip();
    return (required.isEmpty() ? "" : required + "; ")
        + "disclosure under "
        + (campaign.jurisdiction() == null ? "the campaign's rules" : campaign.jurisdiction());
  }

  public boolean isHasDispute() {
    return dispute != null;
  }

  public List<String> getDisputeReasons() {
    return dispute == null ? List.of() : dispute.reasons();
  }

  public String getDisputeOpenedAt() {
    return dispute == null ? "" : TaskRow.format(dispute.openedAt());
  }

  public boolean isHasFailedVerification() {
    return failedVerification != null;
  }

  public List<Check> getFailedChecks() {
    return failedVerification == null
        ? List.of()
        : failedVerification.checks().stream().map(Check::new).toList();
  }

  /** What was seen when the verification failed, in one line. */
  public String getObservedSummary() {
    if (failedVerification == null || failedVerification.observation() == null) {
      return "";
    }
    PostObservation seen = failedVerification.observation();
    MetricsSnapshot m = seen.metrics();
    return (seen.live() ? "Live" : "Not live")
        + (seen.observedAccount() == null ? "" : ", account " + seen.observedAccount())
        + (seen.publishedAt() == null ? "" : ", published " + TaskRow.format(seen.publishedAt()))
        + "; seen by "
        + seen.observedBy()
        + " ("
        + seen.source()
        + ") "
        + TaskRow.format(failedVerification.checkedAt())
        + (m == null
            ? ""
            : "; views "
                + figure(m.views())
                + ", likes "
                + figure(m.likes())
                + ", comments "
                + figure(m.comments())
                + ", shares "
                + figure(m.shares()));
  }

  public String getObservedCaptionHtml() {
    return failedVerification == null || failedVerification.observation() == null
        ? ""
        : highlight(failedVerification.observation().caption());
  }

  private static String figure(Long value) {
    return value == null ? "not given" : String.format(Locale.ROOT, "%,d", value);
  }

  public String getTitle() {
    return task == null
        ? "Task"
        : (task.name() == null ? TaskTypes.label(task.taskType()) : task.name());
  }

  public boolean isMine() {
    return task != null && user.getName().equals(task.assignee());
  }

  public String getAssignee() {
    return task == null ? null : task.assignee();
  }

  public String getDue() {
    return task == null ? "" : TaskRow.format(task.due());
  }

  public boolean isOverdue() {
    return task != null && task.overdue();
  }

  public String getProcessInstanceId() {
    return task == null ? null : task.processInstanceId();
  }

  public String getActivityId() {
    return task == null ? null : task.taskType();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public boolean isFound() {
    return task != null && !completed;
  }

  public String getProblem() {
    return problem;
  }

  public List<FormField> getFields() {
    return fields;
  }

  public Map<String, String> getValues() {
    return values;
  }

  public String getCampaignName() {
    return campaign == null ? "" : campaign.name();
  }

  public Long getCampaignId() {
    return campaign == null ? null : campaign.id();
  }

  public String getCampaignBrief() {
    return campaign == null
        ? ""
        : campaign.keyMessages()
            + (campaign.requiredHashtags() == null ? "" : " · " + campaign.requiredHashtags())
            + (campaign.requiredMentions() == null ? "" : " " + campaign.requiredMentions());
  }

  public String getCreatorName() {
    return engagement == null ? "" : engagement.creatorName();
  }

  public String getCreatorDetails() {
    return engagement == null
        ? ""
        : engagement.creatorKind()
            + (engagement.tier() == null ? "" : ", " + engagement.tier())
            + (engagement.regulatedField() ? ", regulated field" : "")
            + "; stage "
            + engagement.stage();
  }

  public boolean isFacesPostback() {
    return FacesContext.getCurrentInstance().isPostback();
  }
}
