package io.chorus.campaign.process;

import io.chorus.campaign.process.EngagementProcess.Var;
import io.chorus.campaign.process.EngagementProcess.VerificationMode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stand-ins for every delegate bean both processes name, registered with {@link Mocks} under the
 * bean names of the contract classes. Each records its calls; the domain facts the real beans would
 * load come from fields a test sets before driving the process.
 */
final class FakeDelegates {

  /** One recorded call: the bean and the variables it could see. */
  record Call(String bean, String activityId, Map<String, Object> variables) {}

  final List<Call> calls = new ArrayList<>();
  private final Map<String, JavaDelegate> behaviour = new HashMap<>();

  // ---- campaign facts
  List<Long> shortlist = List.of(11L, 12L);
  Date campaignEndDate;
  double budget = 10_000;
  int regulatedKols = 0;

  // ---- engagement facts
  double contractFee = 2_000;
  boolean includesProduct = false;
  boolean killFeeAgreed = false;
  boolean kol = false;
  boolean regulatedField = false;
  List<String> deliverables = List.of("deliverable-1");
  String verificationMode = VerificationMode.MANUAL.name();
  boolean staysLiveCheckRequired = true;
  boolean draftAlreadySubmitted = false;
  Duration draftDue = Duration.ofDays(10);
  Duration draftReminderBeforeDue = Duration.ofDays(2);
  Duration publishDue = Duration.ofDays(20);
  double paymentAmount = 2_000;
  boolean platformVerifies = true;
  boolean platformSeesPostLive = true;

  private FakeDelegates() {}

  /** Registers a fake for every bean of both contract classes and the two query beans. */
  static FakeDelegates register() {
    FakeDelegates fakes = new FakeDelegates();
    for (String bean : beanNames(CampaignProcess.Bean.class)) {
      Mocks.register(bean, fakes.recording(bean));
    }
    for (String bean : beanNames(CampaignProcess.Listener.class)) {
      Mocks.register(bean, fakes.recording(bean));
    }
    for (String bean : beanNames(EngagementProcess.Listener.class)) {
      Mocks.register(bean, fakes.recording(bean));
    }
    for (String bean : beanNames(EngagementProcess.Bean.class)) {
      Mocks.register(bean, fakes.recording(bean));
    }
    Mocks.register(
        ShortlistedEngagements.BEAN, (ShortlistedEngagements) campaignId -> fakes.shortlist);
    Mocks.register(
        ContractDeliverables.BEAN, (ContractDeliverables) contractId -> fakes.deliverables);
    fakes.defaults();
    return fakes;
  }

  /** Replaces what a bean does (the call is still recorded). */
  void on(String bean, JavaDelegate body) {
    behaviour.put(bean, body);
  }

  /** Runs the real {@link CancelEngagements} instead of a fake. */
  void useRealCancelEngagements() {
    on(CampaignProcess.Bean.CANCEL_ENGAGEMENTS, new CancelEngagements());
  }

  long count(String bean) {
    return calls.stream().filter(c -> c.bean().equals(bean)).count();
  }

  List<Call> callsOf(String bean) {
    return calls.stream().filter(c -> c.bean().equals(bean)).toList();
  }

  private JavaDelegate recording(String bean) {
    return execution -> {
      calls.add(
          new Call(
              bean,
              execution.getCurrentActivityId(),
              new LinkedHashMap<>(execution.getVariables())));
      JavaDelegate body = behaviour.get(bean);
      if (body != null) {
        body.execute(execution);
      }
    };
  }

  private void defaults() {
    on(
        CampaignProcess.Bean.LAUNCH_CAMPAIGN,
        execution -> execution.setVariable(CampaignProcess.Var.CAMPAIGN_END_DATE, campaignEndDate));
    on(
        CampaignProcess.Bean.ASSESS_SHORTLIST,
        execution -> {
          execution.setVariable(CampaignProcess.Var.BUDGET_AMOUNT, budget);
          execution.setVariable(CampaignProcess.Var.SHORTLIST_SIZE, shortlist.size());
          execution.setVariable(CampaignProcess.Var.REGULATED_KOL_COUNT, regulatedKols);
        });
    on(
        EngagementProcess.Bean.ASSESS_CONTRACT,
        execution -> {
          execution.setVariable(Var.CONTRACT_FEE_AMOUNT, contractFee);
          execution.setVariable(Var.INCLUDES_PRODUCT, includesProduct);
          execution.setVariable(Var.KILL_FEE_AGREED, killFeeAgreed);
          execution.setVariable(Var.CREATOR_IS_KOL, kol);
          execution.setVariable(Var.REGULATED_FIELD, regulatedField);
        });
    on(
        EngagementProcess.Bean.LOAD_DELIVERABLE,
        execution -> {
          setDraftDates(execution);
          execution.setVariable(Var.PUBLISH_DEADLINE, from(publishDue));
          execution.setVariable(Var.VERIFICATION_MODE, verificationMode);
          execution.setVariable(Var.STAYS_LIVE_CHECK_REQUIRED, staysLiveCheckRequired);
          execution.setVariable(Var.DRAFT_ALREADY_SUBMITTED, draftAlreadySubmitted);
        });
    // A revision gets a due date of its own, so the original one cannot make it overdue at once.
    on(EngagementProcess.Bean.REQUEST_CHANGES, this::setDraftDates);
    on(
        EngagementProcess.Bean.RUN_AUTOMATIC_CHECKS,
        execution -> execution.setVariable(Var.CHECKS_PASSED, true));
    on(
        EngagementProcess.Bean.CHECK_LIVE_POST,
        execution -> execution.setVariable(Var.DELIVERY_VERIFIED, platformVerifies));
    on(
        EngagementProcess.Bean.RECHECK_LIVE_POST,
        execution -> execution.setVariable(Var.POST_STILL_LIVE, platformSeesPostLive));
    on(
        EngagementProcess.Bean.COMPUTE_PAYMENT,
        execution -> {
          execution.setVariable(
              Var.PAYMENT_ID, paymentAmount > 0 ? "payment-" + execution.getBusinessKey() : null);
          execution.setVariable(Var.PAYMENT_AMOUNT, paymentAmount);
          execution.setVariable(Var.PAYMENT_CURRENCY, "EUR");
        });
  }

  private void setDraftDates(DelegateExecution execution) {
    execution.setVariable(Var.DRAFT_DUE_DATE, from(draftDue));
    execution.setVariable(Var.DRAFT_REMINDER_DATE, from(draftDue.minus(draftReminderBeforeDue)));
  }

  private static Date from(Duration fromNow) {
    return new Date(ClockUtil.getCurrentTime().getTime() + fromNow.toMillis());
  }

  /** The values of the public static String constants of a contract class. */
  static List<String> beanNames(Class<?> constants) {
    List<String> names = new ArrayList<>();
    for (Field field : constants.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        try {
          names.add((String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return names;
  }
}
