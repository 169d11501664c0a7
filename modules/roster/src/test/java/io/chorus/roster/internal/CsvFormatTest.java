package io.chorus.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.Platform;
import io.chorus.roster.RowError;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private static final String HEADER =
      "name,email,country,kind,niches,languages,platform,handle,followers,avg_likes,avg_comments,"
          + "figures_updated_on,kol_field,kol_credentials,kol_regulated,status\n";

  @Test
  void aGoodRowBecomesADraftWithOneAccount() throws IOException {
    CsvFormat.Result result =
        parseOne(
            "Dr. Ava Stone,Ava@Example.com,de,kol,skincare|Dermatology,en|de,instagram,@dr.ava,"
                + "120000,4000,150,2025-03-01,Dermatology,\"MD, dermatologist\",yes,VETTED");
    assertThat(result.errors()).isEmpty();
    CsvFormat.ParsedRow row = result.parsed();
    assertThat(row.row()).isEqualTo(2);
    assertThat(row.status()).isEqualTo(CreatorStatus.VETTED);
    assertThat(row.draft().kind()).isEqualTo(CreatorKind.KOL);
    assertThat(row.draft().country()).isEqualTo("DE");
    assertThat(row.draft().niches()).containsExactly("skincare", "Dermatology");
    assertThat(row.account().platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(row.account().handle()).isEqualTo("@dr.ava");
    assertThat(row.account().followers()).isEqualTo(120_000);
    assertThat(row.account().figuresUpdatedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(row.draft().kolProfile().credentials()).isEqualTo("MD, dermatologist");
    assertThat(row.draft().kolProfile().regulatedField()).isTrue();
  }

  @Test
  void everyBadCellIsReportedWithItsColumn() throws IOException {
    CsvFormat.Result result = parseOne("X,,US,WIZARD,,,FACEBOOK,x,many,1,1,31.12.2024,,,maybe,");
    assertThat(result.ok()).isFalse();
    assertThat(result.errors())
        .extracting(RowError::column)
        .containsExactly("kind", "platform", "followers", "figures_updated_on", "kol_regulated");
    assertThat(result.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(2));
    assertThat(result.errors().get(0).message()).contains("WIZARD").contains("INFLUENCER");
  }

  @Test
  void beanValidationAndCrossFieldRulesNameTheColumn() throws IOException {
    CsvFormat.Result result = parseOne(",not-an-email,USA,KOL,,,TIKTOK,has space,-3,,,,,,,");
    assertThat(result.errors())
        .extracting(RowError::column)
        .containsExactlyInAnyOrder("name", "email", "country", "handle", "followers", "kol_field");
  }

  @Test
  void aMissingOrMisspeltColumnFailsTheHeader() {
    List<RowError> errors =
        CsvFormat.checkHeader(List.of("name", "kind", "platform", "handle", "folowers"));
    assertThat(errors).extracting(RowError::column).containsExactly("folowers", "followers");
    assertThat(errors).allSatisfy(e -> assertThat(e.row()).isEqualTo(1));
  }

  @Test
  void propertyPathsMapToColumns() {
    assertThat(CsvFormat.columnOf("accounts[0].avgComments")).isEqualTo("avg_comments");
    assertThat(CsvFormat.columnOf("kolProfile.verifiedOn")).isEqualTo("kol_verified_on");
    assertThat(CsvFormat.columnOf("kolProfile.regulatedField")).isEqualTo("kol_regulated");
    assertThat(CsvFormat.columnOf("niches[].<iterable element>")).isEqualTo("niches");
    assertThat(CsvFormat.columnOf("accounts[1].handle")).isEqualTo("handle");
    assertThat(CsvFormat.columnOf("name")).isEqualTo("name");
  }

  @Test
  void anExportedRowImportsToTheSameCreator() throws IOException {
    ExportRow exported =
        new ExportRow(
            1,
            "Chef Marco",
            "marco@example.com",
            "IT",
            "BOTH",
            List.of("en", "it"),
            List.of("cooking", "food"),
            "ACTIVE",
            "olivia",
            "Notes, with a comma",
            "Italian cuisine",
            "Chef",
            "Two Michelin stars",
            null,
            null,
            false,
            "Olivia",
            LocalDate.of(2025, 1, 2),
            "Guide Michelin",
            List.of(
                new ExportRow.AccountCells(
                    "YOUTUBE",
                    "marcocooks",
                    "https://youtube.example/marcocooks",
                    890_000L,
                    210_000L,
                    12_000L,
                    1_100L,
                    LocalDate.of(2025, 2, 1))));
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CsvFormat.WRITE)) {
      CsvFormat.write(printer, exported);
    }
    try (CSVParser parser = CsvFormat.READ.parse(new StringReader(out.toString()))) {
      assertThat(CsvFormat.checkHeader(parser.getHeaderNames())).isEmpty();
      CSVRecord record = parser.getRecords().get(0);
      CsvFormat.Result result = CsvFormat.parse(record, 2, VALIDATOR);
      assertThat(result.errors()).isEmpty();
      var draft = result.parsed().draft();
      assertThat(draft.name()).isEqualTo("Chef Marco");
      assertThat(draft.kind()).isEqualTo(CreatorKind.BOTH);
      assertThat(draft.notes()).isEqualTo("Notes, with a comma");
      assertThat(draft.languages()).containsExactlyInAnyOrder("en", "it");
      assertThat(draft.kolProfile().verified()).isTrue();
      assertThat(draft.kolProfile().verifiedAgainst()).isEqualTo("Guide Michelin");
      assertThat(result.parsed().account().avgComments()).isEqualTo(1_100L);
      assertThat(result.parsed().status()).isEqualTo(CreatorStatus.ACTIVE);
    }
  }

  private static CsvFormat.Result parseOne(String line) throws IOException {
    try (CSVParser parser = CsvFormat.READ.parse(new StringReader(HEADER + line + "\n"))) {
      assertThat(CsvFormat.checkHeader(parser.getHeaderNames())).isEmpty();
      CSVRecord record = parser.getRecords().get(0);
      return CsvFormat.parse(record, record.getRecordNumber() + 1, VALIDATOR);
    }
  }
}
