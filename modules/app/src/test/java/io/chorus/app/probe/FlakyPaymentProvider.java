package io.chorus.app.probe;

import io.chorus.contracting.PaymentGateway;
import io.chorus.contracting.PaymentGatewayException;
import io.chorus.contracting.PayoutInstruction;
import io.chorus.contracting.PayoutReceipt;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payment provider that misbehaves, in front of whatever {@link PaymentGateway} the WAR uses.
 * Payouts of ordinary amounts pass straight through, so the other tests see the default gateway.
 * Three amounts select a fault (the test's contracts use them as fees):
 *
 * <ul>
 *   <li>{@link #FAIL_TWICE}: the provider refuses the first two calls for an engagement, then pays;
 *   <li>{@link #FAIL_SIX_TIMES}: it refuses six calls, more than the job's retries, so an incident
 *       is raised and a retry by an administrator pays;
 *   <li>{@link #PAY_THEN_TIME_OUT}: the first call pays and then times out, so Chorus rolls back
 *       and retries; the provider, like a real one, honours the idempotency key and pays only once.
 * </ul>
 *
 * <p>The outage is counted per engagement, not per idempotency key, as a real outage does not
 * depend on the key: so a Chorus that sent a new key with each attempt gets paid twice (and the
 * test says so) instead of being refused for ever.
 *
 * <p>Transfers the provider really made are appended to {@code provider-transfers.csv} in the
 * payout folder, outside any transaction, as a bank statement would show them.
 */
@Decorator
@Priority(100)
public abstract class FlakyPaymentProvider implements PaymentGateway {

  public static final BigDecimal FAIL_TWICE = new BigDecimal("1100.01");
  public static final BigDecimal FAIL_SIX_TIMES = new BigDecimal("1100.02");
  public static final BigDecimal PAY_THEN_TIME_OUT = new BigDecimal("1100.03");

  private static final Map<Long, AtomicInteger> CALLS = new ConcurrentHashMap<>();
  private static final Map<Long, Boolean> TIMED_OUT = new ConcurrentHashMap<>();
  private static final Map<String, String> TRANSFERS = new ConcurrentHashMap<>();

  @Inject @Delegate @Any PaymentGateway delegate;

  @Override
  public PayoutReceipt pay(PayoutInstruction instruction) {
    BigDecimal amount = instruction.amount();
    String key = instruction.idempotencyKey();
    int refusals;
    if (amount.compareTo(FAIL_TWICE) == 0) {
      refusals = 2;
    } else if (amount.compareTo(FAIL_SIX_TIMES) == 0) {
      refusals = 6;
    } else if (amount.compareTo(PAY_THEN_TIME_OUT) == 0) {
      refusals = 0;
    } else {
      return delegate.pay(instruction);
    }
    long engagement = instruction.engagementId();
    int call = CALLS.computeIfAbsent(engagement, k -> new AtomicInteger()).incrementAndGet();
    if (call <= refusals) {
      throw new PaymentGatewayException(
          "Provider unavailable (call " + call + " of " + key + ", refused on purpose)");
    }
    boolean first = TRANSFERS.putIfAbsent(key, "transfer-" + key) == null;
    if (first) {
      record(instruction);
      if (amount.compareTo(PAY_THEN_TIME_OUT) == 0
          && TIMED_OUT.putIfAbsent(engagement, true) == null) {
        throw new PaymentGatewayException("Provider timed out after the transfer of " + key);
      }
    }
    // The provider's answer for a key it already paid is the earlier transfer; the payout file
    // gets its line when Chorus's transaction commits.
    PayoutReceipt fileReceipt = delegate.pay(instruction);
    return new PayoutReceipt("flaky-provider+" + fileReceipt.gateway(), TRANSFERS.get(key));
  }

  private static void record(PayoutInstruction instruction) {
    Path folder = Path.of(System.getProperty("chorus.payout.dir", "target/payouts"));
    try {
      Files.createDirectories(folder);
      Files.writeString(
          folder.resolve("provider-transfers.csv"),
          instruction.idempotencyKey()
              + ","
              + instruction.engagementId()
              + ","
              + instruction.amount().toPlainString()
              + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
