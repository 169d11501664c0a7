package io.chorus.contracting.internal;

import io.chorus.contracting.PaymentRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The payout files for finance: {@code payouts-YYYY-MM-DD.csv} in {@code chorus.payout.dir}, one
 * per UTC day, a header and one line per payout. A line is appended under a file lock (several
 * servers may share the directory) and never twice for one idempotency key.
 */
@ApplicationScoped
public class PayoutFile {

  private static final Logger LOG = Logger.getLogger(PayoutFile.class.getName());

  @Inject
  @ConfigProperty(name = "chorus.payout.dir", defaultValue = "./data/payouts")
  String directory;

  private Path fixedDirectory;

  public PayoutFile() {}

  /** For tests: files in {@code directory}. */
  PayoutFile(Path directory) {
    this.fixedDirectory = directory;
  }

  Path directory() {
    return fixedDirectory != null ? fixedDirectory : Path.of(directory);
  }

  Path fileFor(LocalDate day) {
    return directory().resolve("payouts-" + day + ".csv");
  }

  /**
   * Appends the payout to its day's file unless the file already has its key.
   *
   * @return whether a line was written
   */
  synchronized boolean append(PaymentRecord payout) {
    Path file = fileFor(payout.recordedAt().toLocalDate());
    try {
      Files.createDirectories(file.getParent());
      try (FileChannel channel =
              FileChannel.open(
                  file,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        boolean empty = channel.size() == 0;
        if (!empty && contains(channel, payout.idempotencyKey())) {
          LOG.info(() -> "Payout " + payout.idempotencyKey() + " is already in " + file);
          return false;
        }
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, PayoutCsv.FORMAT)) {
          if (empty) {
            printer.printRecord(PayoutCsv.header());
          }
          printer.printRecord(PayoutCsv.row(payout));
        }
        channel.position(channel.size());
        channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
        LOG.info(
            () ->
                String.format(
                    "Payout %s of %s %s for engagement %d written to %s",
                    payout.idempotencyKey(),
                    payout.amount().toPlainString(),
                    payout.currency(),
                    payout.engagementId(),
                    file));
        return true;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the payout file " + file, e);
    }
  }

  /** The keys of the payouts in a day's file (none when there is no file yet), read once. */
  Set<String> keys(LocalDate day) {
    Path file = fileFor(day);
    if (!Files.exists(file)) {
      return Set.of();
    }
    Set<String> keys = new HashSet<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord record : PayoutCsv.FORMAT.parse(reader)) {
        if (record.size() > 0) {
          keys.add(record.get(0));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the payout file " + file, e);
    }
    return keys;
  }

  private static boolean contains(FileChannel channel, String key) throws IOException {
    channel.position(0);
    // The reader must not close the channel: the lock and the append still need it.
    Reader reader =
        Channels.newReader(
            new java.nio.channels.ReadableByteChannel() {
              @Override
              public int read(ByteBuffer dst) throws IOException {
                return channel.read(dst);
              }

              @Override
              public boolean isOpen() {
                return channel.isOpen();
              }

              @Override
              public void close() {}
            },
            StandardCharsets.UTF_8);
    for (CSVRecord record : PayoutCsv.FORMAT.parse(reader)) {
      if (record.size() > 0 && key.equals(record.get(0))) {
        return true;
      }
    }
    return false;
  }
}
