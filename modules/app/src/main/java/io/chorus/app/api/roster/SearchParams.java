package io.chorus.app.api.roster;

import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorQuery;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.Platform;
import io.chorus.roster.RosterValidationException;
import io.chorus.roster.Tier;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Search filters as query parameters. They are read as text and checked here, so a bad value gets
 * 422 naming the parameter instead of JAX-RS's bare 404. Multi-valued filters take a comma list or
 * repeat: {@code tier=MICRO,MACRO}.
 */
public class SearchParams {

  @QueryParam("q")
  // Free text in name, e-mail, handles or KOL field
  String text;

  @QueryParam("kind")
  // INFLUENCER, KOL, BOTH (comma list)
  List<String> kinds;

  @QueryParam("tier")
  // NANO, MICRO, MACRO, MEGA (comma list)
  List<String> tiers;

  @QueryParam("status")
  // PROSPECT, VETTED, ACTIVE, BLOCKED (comma list)
  List<String> statuses;

  @QueryParam("niche")
  String niche;

  @QueryParam("platform")
  String platform;

  @QueryParam("country")
  String country;

  @QueryParam("minEngagement")
  // Lowest engagement rate as a fraction, e.g. 0.02 for 2%
  String minEngagement;

  @QueryParam("maxEngagement")
  String maxEngagement;

  @QueryParam("kolField")
  String kolField;

  @QueryParam("verified")
  // true: KOLs with verified credentials; false: not verified
  String verified;

  @QueryParam("sort")
  @DefaultValue("NAME")
  // NAME, AUDIENCE, ENGAGEMENT, UPDATED, COUNTRY
  String sort;

  @QueryParam("dir")
  @DefaultValue("asc")
  String direction;

  @QueryParam("page")
  @DefaultValue("0")
  String page;

  @QueryParam("size")
  @DefaultValue("50")
  String size;

  CreatorQuery toQuery() {
    List<RosterValidationException.Problem> problems = new ArrayList<>();
    CreatorQuery.Builder query =
        CreatorQuery.builder()
            .text(text)
            .kinds(enums("kind", kinds, CreatorKind.class, problems))
            .tiers(enums("tier", tiers, Tier.class, problems))
            .statuses(enums("status", statuses, CreatorStatus.class, problems))
            .niche(niche)
            .country(country)
            .kolField(kolField);
    Set<Platform> platforms =
        enums("platform", platform == null ? null : List.of(platform), Platform.class, problems);
    if (platforms.size() > 1) {
      problems.add(new RosterValidationException.Problem("platform", "Give one platform."));
    } else if (platforms.size() == 1) {
      query.platform(platforms.iterator().next());
    }
    query.engagement(
        fraction("minEngagement", minEngagement, problems),
        fraction("maxEngagement", maxEngagement, problems));
    if (verified != null && !verified.isBlank()) {
      if (!verified.equalsIgnoreCase("true") && !verified.equalsIgnoreCase("false")) {
        problems.add(new RosterValidationException.Problem("verified", "Use true or false."));
      } else {
        query.verified(Boolean.parseBoolean(verified));
      }
    }
    CreatorQuery.Sort sortBy = CreatorQuery.Sort.NAME;
    try {
      sortBy = CreatorQuery.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          new RosterValidationException.Problem(
              "sort", "Sort by one of " + Arrays.toString(CreatorQuery.Sort.values()) + "."));
    }
    if (!direction.equalsIgnoreCase("asc") && !direction.equalsIgnoreCase("desc")) {
      problems.add(new RosterValidationException.Problem("dir", "Use asc or desc."));
    }
    query.sort(sortBy, direction.equalsIgnoreCase("desc"));
    int pageNumber = integer("page", page, 0, 1_000_000, problems);
    int pageSize = integer("size", size, 1, CreatorQuery.MAX_PAGE_SIZE, problems);
    if (!problems.isEmpty()) {
      throw new RosterValidationException(problems);
    }
    return query.page(pageNumber, pageSize).build();
  }

  private static <E extends Enum<E>> Set<E> enums(
      String name,
      List<String> values,
      Class<E> type,
      List<RosterValidationException.Problem> problems) {
    Set<E> result = EnumSet.noneOf(type);
    if (values == null) {
      return result;
    }
    for (String value : values) {
      for (String item : value.split(",")) {
        if (item.isBlank()) {
          continue;
        }
        try {
          result.add(Enum.valueOf(type, item.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          problems.add(
              new RosterValidationException.Problem(
                  name,
                  "'"
                      + item.strip()
                      + "' is not one of "
                      + Arrays.stream(type.getEnumConstants())
                          .map(Enum::name)
                          .collect(Collectors.joining(", "))
                      + "."));
        }
      }
    }
    return result;
  }

  private static Double fraction(
      String name, String value, List<RosterValidationException.Problem> problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      double parsed = Double.parseDouble(value.strip());
      if (parsed < 0 || parsed > 10 || Double.isNaN(parsed)) {
        problems.add(
            new RosterValidationException.Problem(
                name, "Give a fraction between 0 and 10 (0.02 is 2%)."));
        return null;
      }
      return parsed;
    } catch (NumberFormatException e) {
      problems.add(
          new RosterValidationException.Problem(name, "Give a number such as 0.02 for 2%."));
      return null;
    }
  }

  private static int integer(
      String name,
      String value,
      int min,
      int max,
      List<RosterValidationException.Problem> problems) {
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed < min || parsed > max) {
        problems.add(
            new RosterValidationException.Problem(
                name, "Give a whole number from " + min + " to " + max + "."));
      }
      return Math.max(min, Math.min(max, parsed));
    } catch (NumberFormatException e) {
      problems.add(
          new RosterValidationException.Problem(
              name, "Give a whole number from " + min + " to " + max + "."));
      return min;
    }
  }
}
