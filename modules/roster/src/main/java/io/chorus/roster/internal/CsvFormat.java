package io.chorus.roster.internal;

import io.chorus.roster.AccountDraft;
import io.chorus.roster.CreatorDraft;
import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.KolProfileDraft;
import io.chorus.roster.Platform;
import io.chorus.roster.RowError;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The roster's CSV format, one row per account: the creator's fields repeat on each of their
 * accounts' rows. Export writes it and import reads it, so an exported file imports unchanged.
 * Parsing turns a row into a draft or into errors naming the column, using the same Bean Validation
 * constraints as the REST API, so a file and a form are held to the same rules.
 */
final class CsvFormat {

  /** Every column, in export order. */
  enum Column {
    NAME("name"),
    EMAIL("email"),
    COUNTRY("country"),
    KIND("kind"),
    LANGUAGES("languages"),
    NICHES("niches"),
    STATUS("status"),
    OWNER("owner"),
    NOTES("notes"),
    PLATFORM("platform"),
    HANDLE("handle"),
    URL("url"),
    FOLLOWERS("followers"),
    AVG_VIEWS("avg_views"),
    AVG_LIKES("avg_likes"),
    AVG_COMMENTS("avg_comments"),
    FIGURES_UPDATED_ON("figures_updated_on"),
    KOL_FIELD("kol_field"),
    KOL_PROFESSION("kol_profession"),
    KOL_CREDENTIALS("kol_credentials"),
    KOL_AFFILIATIONS("kol_affiliations"),
    KOL_PUBLICATIONS("kol_publications"),
    KOL_REGULATED("kol_regulated"),
    KOL_VERIFIED_BY("kol_verified_by"),
    KOL_VERIFIED_ON("kol_verified_on"),
    KOL_VERIFIED_AGAINST("kol_verified_against");

    final String header;

    Column(String header) {
      this.header = header;
    }
  }

  static final Set<Column> REQUIRED =
      Set.of(Column.NAME, Column.KIND, Column.PLATFORM, Column.HANDLE, Column.FOLLOWERS);

  /** Separator inside the languages and niches cells. */
  static final String LIST_SEPARATOR = "|";

  static final CSVFormat READ =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .get();

  static final CSVFormat WRITE =
      CSVFormat.DEFAULT
          .builder()
          .setHeader(Arrays.stream(Column.values()).map(c -> c.header).toArray(String[]::new))
          .setRecordSeparator("\n")
          .get();

  /** A row that parsed and validated: the creator with exactly one account. */
  record ParsedRow(long row, CreatorDraft draft, CreatorStatus status) {
    AccountDraft account() {
      return draft.accounts().get(0);
    }
  }

  /** Either a parsed row or the row's errors. */
  record Result(ParsedRow parsed, List<RowError> errors) {
    boolean ok() {
      return parsed != null;
    }
  }

  private static final Map<String, Column> BY_HEADER =
      Arrays.stream(Column.values()).collect(Collectors.toMap(c -> c.header, c -> c));

  private CsvFormat() {}

  /**
   * Problems with the header itself: a missing required column or an unknown one. An unknown column
   * fails the file rather than being dropped, because it is most often a typo that would silently
   * lose data.
   */
  static List<RowError> checkHeader(List<String> headers) {
    List<RowError> errors = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String header : headers) {
      String key = header.strip().toLowerCase(Locale.ROOT);
      if (!BY_HEADER.containsKey(key)) {
        errors.add(
            new RowError(
                1,
                header,
                "Unknown column. Known columns: "
                    + Arrays.stream(Column.values())
                        .map(c -> c.header)
                        .collect(Collectors.joining(", "))
                    + "."));
      }
      seen.add(key);
    }
    for (Column column : Column.values()) {
      if (REQUIRED.contains(column) && !seen.contains(column.header)) {
        errors.add(new RowError(1, column.header, "This required column is missing."));
      }
    }
    return errors;
  }

  /** Parses and validates one record; the row number is the line in the file (header is 1). */
  static Result parse(CSVRecord record, long row, Validator validator) {
    RowReader reader = new RowReader(record, row);
    CreatorKind kind = reader.enumValue(Column.KIND, CreatorKind.class, true);
    CreatorStatus status = reader.enumValue(Column.STATUS, CreatorStatus.class, false);
    Platform platform = reader.enumValue(Column.PLATFORM, Platform.class, true);
    Long followers = reader.number(Column.FOLLOWERS, true);
    Long views = reader.number(Column.AVG_VIEWS, false);
    Long likes = reader.number(Column.AVG_LIKES, false);
    Long comments = reader.number(Column.AVG_COMMENTS, false);
    LocalDate figuresOn = reader.date(Column.FIGURES_UPDATED_ON);
    boolean regulated = reader.bool(Column.KOL_REGULATED);
    LocalDate verifiedOn = reader.date(Column.KOL_VERIFIED_ON);
    if (!reader.errors.isEmpty()) {
      return new Result(null, reader.sorted());
    }
    AccountDraft account =
        new AccountDraft(
            platform,
            reader.text(Column.HANDLE),
            reader.text(Column.URL),
            followers,
            views,
            likes,
            comments,
            figuresOn);
    KolProfileDraft kol =
        new KolProfileDraft(
            reader.text(Column.KOL_FIELD),
            reader.text(Column.KOL_PROFESSION),
            reader.text(Column.KOL_CREDENTIALS),
            reader.text(Column.KOL_AFFILIATIONS),
            reader.text(Column.KOL_PUBLICATIONS),
            regulated,
            reader.text(Column.KOL_VERIFIED_BY),
            verifiedOn,
            reader.text(Column.KOL_VERIFIED_AGAINST));
    boolean hasKol =
        kind.isKol()
            || kol.field() != null
            || kol.profession() != null
            || kol.credentials() != null;
    CreatorDraft draft =
        new CreatorDraft(
            reader.text(Column.NAME),
            reader.text(Column.EMAIL),
            upper(reader.text(Column.COUNTRY)),
            kind,
            reader.list(Column.LANGUAGES, true),
            reader.list(Column.NICHES, false),
            reader.text(Column.NOTES),
            reader.text(Column.OWNER),
            List.of(account),
            hasKol ? kol : null);
    for (ConstraintViolation<CreatorDraft> violation : validator.validate(draft)) {
      reader.errors.add(
          new RowError(
              row, columnOf(violation.getPropertyPath().toString()), violation.getMessage()));
    }
    for (DraftRules.Problem problem : DraftRules.check(draft)) {
      reader.errors.add(new RowError(row, columnOf(problem.field()), problem.message()));
    }
    return reader.errors.isEmpty()
        ? new Result(new ParsedRow(row, draft, status), List.of())
        : new Result(null, reader.sorted());
  }

  /** Maps a Bean Validation path of a draft to the CSV column it came from. */
  static String columnOf(String propertyPath) {
    String path = propertyPath.replaceAll("\\[[^]]*]", "");
    String[] nodes = path.split("\\.");
    String last = nodes[nodes.length - 1];
    if (last.startsWith("<")) {
      last = nodes.length > 1 ? nodes[nodes.length - 2] : nodes[0];
    }
    String column;
    if (nodes[0].equals("accounts")) {
      column = snake(nodes.length > 1 ? last : "handle");
    } else if (nodes[0].equals("kolProfile")) {
      column = "kol_" + snake(nodes.length > 1 ? last : "field");
    } else {
      column = snake(nodes[0]);
    }
    return column.equals("kol_regulated_field") ? "kol_regulated" : column;
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private static String upper(String value) {
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }

  /** Writes one creator's rows: one per account, or one with empty account cells if none. */
  static void write(CSVPrinter printer, ExportRow creator) throws IOException {
    List<ExportRow.AccountCells> accounts =
        creator.accounts().isEmpty()
            ? List.of(new ExportRow.AccountCells(null, null, null, null, null, null, null, null))
            : creator.accounts();
    for (ExportRow.AccountCells account : accounts) {
      printer.printRecord(
          creator.name(),
          creator.email(),
          creator.country(),
          creator.kind(),
          String.join(LIST_SEPARATOR, creator.languages()),
          String.join(LIST_SEPARATOR, creator.niches()),
          creator.status(),
          creator.owner(),
          creator.notes(),
          account.platform(),
          account.handle(),
          account.url(),
          account.followers(),
          account.avgViews(),
          account.avgLikes(),
          account.avgComments(),
          account.figuresUpdatedOn(),
          creator.kolField(),
          creator.kolProfession(),
          creator.kolCredentials(),
          creator.kolAffiliations(),
          creator.kolPublications(),
          creator.kolRegulated(),
          creator.kolVerifiedBy(),
          creator.kolVerifiedOn(),
          creator.kolVerifiedAgainst());
    }
  }

  /** Reads typed cells of one record and collects an error per bad cell. */
  private static final class RowReader {
    private final CSVRecord record;
    private final long row;
    final List<RowError> errors = new ArrayList<>();

    RowReader(CSVRecord record, long row) {
      this.record = record;
      this.row = row;
    }

    String text(Column column) {
      if (!record.isMapped(column.header) || !record.isSet(column.header)) {
        return null;
      }
      return Text.trimToNull(record.get(column.header));
    }

    <E extends Enum<E>> E enumValue(Column column, Class<E> type, boolean required) {
      String value = text(column);
      if (value == null) {
        if (required) {
          errors.add(new RowError(row, column.header, "Required; one of " + names(type) + "."));
        }
        return null;
      }
      try {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            new RowError(row, column.header, "'" + value + "' is not one of " + names(type) + "."));
        return null;
      }
    }

    Long number(Column column, boolean required) {
      String value = text(column);
      if (value == null) {
        if (required) {
          errors.add(new RowError(row, column.header, "Required; a whole number such as 12500."));
        }
        return null;
      }
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        errors.add(
            new RowError(
                row, column.header, "'" + value + "' is not a whole number such as 12500."));
        return null;
      }
    }

    LocalDate date(Column column) {
      String value = text(column);
      if (value == null) {
        return null;
      }
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        errors.add(
            new RowError(
                row, column.header, "'" + value + "' is not a date like 2025-03-31 (YYYY-MM-DD)."));
        return null;
      }
    }

    boolean bool(Column column) {
      String value = text(column);
      if (value == null) {
        return false;
      }
      switch (value.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "y", "1" -> {
          return true;
        }
        case "false", "no", "n", "0" -> {
          return false;
        }
        default -> {
          errors.add(new RowError(row, column.header, "'" + value + "' is not true or false."));
          return false;
        }
      }
    }

    Set<String> list(Column column, boolean lowerCase) {
      String value = text(column);
      if (value == null) {
        return Set.of();
      }
      Set<String> items = new LinkedHashSet<>();
      for (String item : value.split("\\" + LIST_SEPARATOR)) {
        String trimmed = Text.trimToNull(item);
        if (trimmed != null) {
          items.add(lowerCase ? trimmed.toLowerCase(Locale.ROOT) : trimmed);
        }
      }
      return items;
    }

    List<RowError> sorted() {
      List<RowError> copy = new ArrayList<>(errors);
      copy.sort(
          Comparator.comparing(
                  (RowError e) ->
                      BY_HEADER.containsKey(e.column())
                          ? BY_HEADER.get(e.column()).ordinal()
                          : Integer.MAX_VALUE)
              .thenComparing(RowError::message));
      return copy;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
      return Arrays.stream(type.getEnumConstants())
          .map(Enum::name)
          .collect(Collectors.joining(", "));
    }
  }
}
