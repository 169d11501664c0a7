package io.chorus.contracting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.contracting.PaymentRecord;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PayoutFileTest {

  @TempDir Path dir;

  static PaymentRecord payout(String key, String day, String approvedBy) {
    return new PaymentRecord(
        1,
        key,
        10,
        20,
        30,
        40,
        new BigDecimal("1234.50"),
        "EUR",
        LocalDate.parse(day).plusDays(30),
        approvedBy,
        OffsetDateTime.parse(day + "T23:59:59Z"),
        "payout-file",
        "payouts-" + day + ".csv");
  }

  @Test
  void writesAHeaderOnceAndOneLinePerPayout() throws IOException {
    PayoutFile file = new PayoutFile(dir);

    assertThat(file.append(payout("payout:20:1", "2025-07-01", "max"))).isTrue();
    assertThat(file.append(payout("payout:21:1", "2025-07-01", "max"))).isTrue();

    List<String> lines = Files.readAllLines(dir.resolve("payouts-2025-07-01.csv"));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("idempotency_key,recorded_at,");
    assertThat(lines.get(1))
        .isEqualTo(
            "payout:20:1,2025-07-01T23:59:59Z,30,20,40,10,1234.50,EUR,2025-07-31,max,payout-file,payouts-2025-07-01.csv");
  }

  @Test
  void neverWritesOneKeyTwice() throws IOException {
    PayoutFile file = new PayoutFile(dir);
    file.append(payout("payout:20:1", "2025-07-01", "max"));

    assertThat(file.append(payout("payout:20:1", "2025-07-01", "max"))).isFalse();
    assertThat(Files.readAllLines(dir.resolve("payouts-2025-07-01.csv"))).hasSize(2);
  }

  @Test
  void startsANewFileEachDay() {
    PayoutFile file = new PayoutFile(dir.resolve("nested/payouts"));
    file.append(payout("payout:20:1", "2025-07-01", "max"));
    file.append(payout("payout:21:1", "2025-07-02", "max"));

    assertThat(dir.resolve("nested/payouts/payouts-2025-07-01.csv")).exists();
    assertThat(dir.resolve("nested/payouts/payouts-2025-07-02.csv")).exists();
  }

  @Test
  void quotesAwkwardValuesSoTheFileStaysParseable() throws IOException {
    PayoutFile file = new PayoutFile(dir);
    file.append(payout("payout:20:1", "2025-07-01", "o'neil, \"max\"\nsecond line"));

    String text = Files.readString(dir.resolve("payouts-2025-07-01.csv"));
    List<CSVRecord> records =
        PayoutCsv.FORMAT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))
            .getRecords();
    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("approved_by")).isEqualTo("o'neil, \"max\"\nsecond line");
              assertThat(r.get("amount")).isEqualTo("1234.50");
            });
  }
}
