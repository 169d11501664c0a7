package io.chorus.app.crashprobe;

import io.chorus.contracting.PaymentGateway;
import io.chorus.contracting.PayoutInstruction;
import io.chorus.contracting.PayoutReceipt;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A bank or payment provider outside the server, in front of the WAR's own {@link PaymentGateway}
 * (the payout file): it moves the money when Chorus calls it, before Chorus's transaction commits,
 * and its records survive a crash of the server. Like a real provider it is idempotent by key: a
 * key it has already paid returns the earlier transfer and moves nothing.
 *
 * <p>Its statement is {@value #TRANSFERS} in the folder {@code -Dchorus.it.provider.dir}, one line
 * per transfer ({@code key,engagement,amount,transfer id,epoch milliseconds}), read and appended
 * under a file lock (several nodes may share it). After a new transfer the provider waits {@code
 * -Dchorus.it.provider.ack-delay-ms} (0 unless set) before it answers: a slow acknowledgement, so
 * that {@code CrashRecoveryIT} can kill the server between the transfer and Chorus's commit.
 */
@Decorator
@Priority(200)
public abstract class ExternalPaymentProvider implements PaymentGateway {

  /** The provider's statement, in {@code -Dchorus.it.provider.dir}. */
  public static final String TRANSFERS = "provider-transfers.csv";

  private static final Logger LOG = Logger.getLogger(ExternalPaymentProvider.class.getName());
  private static final Object IN_THIS_JVM = new Object();

  @Inject @Delegate @Any PaymentGateway delegate;

  @Override
  public PayoutReceipt pay(PayoutInstruction instruction) {
    String key = instruction.idempotencyKey();
    Optional<String> earlier;
    String transfer;
    synchronized (IN_THIS_JVM) {
      Path folder = Path.of(System.getProperty("chorus.it.provider.dir", "target/provider"));
      try {
        Files.createDirectories(folder);
        try (FileChannel channel =
                FileChannel.open(
                    folder.resolve(TRANSFERS),
                    StandardOpenOption.CREATE,
                    StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.lock()) {
          String statement =
              new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
          earlier =
              statement
                  .lines()
                  .map(line -> line.split(","))
                  .filter(fields -> fields[0].equals(key))
                  .map(fields -> fields[3])
                  .findFirst();
          if (earlier.isPresent()) {
            transfer = earlier.get();
          } else {
            transfer = "transfer-" + (statement.lines().count() + 1);
            String line =
                String.join(
                        ",",
                        key,
                        Long.toString(instruction.engagementId()),
                        instruction.amount().toPlainString(),
                        transfer,
                        Long.toString(System.currentTimeMillis()))
                    + "\n";
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), channel.size());
            channel.force(true);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (earlier.isPresent()) {
      LOG.info(() -> "Provider: " + key + " was paid before as " + transfer + "; nothing moved");
    } else {
      long delay = Long.getLong("chorus.it.provider.ack-delay-ms", 0);
      LOG.info(
          () -> "Provider: " + key + " paid as " + transfer + "; answering in " + delay + " ms");
      if (delay > 0) {
        try {
          Thread.sleep(delay);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    // The payout file gets its line when Chorus's transaction commits (recovery reads the ledger's
    // gateway name, so the file gateway's receipt is returned as it is).
    return delegate.pay(instruction);
  }
}
