package io.chorus.app.web.roster;

import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorQuery;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.Platform;
import io.chorus.roster.ResultPage;
import io.chorus.roster.RosterSearch;
import io.chorus.roster.Tier;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The roster search page: filters, and a table paged and sorted in the database by the roster's
 * search service (one page query per page, plus a count when the result is longer than a page). The
 * export link carries the same filters to the REST API's CSV export.
 */
@Named
@ViewScoped
public class RosterSearchBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RosterSearch search;

  private String text;
  private List<String> kinds = new ArrayList<>();
  private List<String> tiers = new ArrayList<>();
  private List<String> statuses = new ArrayList<>();
  private String niche;
  private String platform;

  @Pattern(regexp = "[A-Za-z]{2}", message = "Use a two-letter country code such as US or DE.")
  private String country;

  private String kolField;
  private String verified;

  @DecimalMin(value = "0", message = "Give a percentage from 0 to 100.")
  @DecimalMax(value = "100", message = "Give a percentage from 0 to 100.")
  private Double minEngagementPercent;

  /** The table's sort, kept so the export is sorted the same way. */
  private CreatorQuery.Sort sort = CreatorQuery.Sort.NAME;

  private boolean descending;

  private final LazyDataModel<CreatorRow> model = new Model();

  /** Applies the filters: the table goes back to its first page. */
  public void apply() {
    DataTable table = table();
    if (table != null) {
      table.setFirst(0);
    }
  }

  /** The page's table, or null when there is none. */
  private static DataTable table() {
    FacesContext context = FacesContext.getCurrentInstance();
    UIComponent table =
        context == null ? null : context.getViewRoot().findComponent(":search:creators");
    return table instanceof DataTable dataTable ? dataTable : null;
  }

  public void clear() {
    text = null;
    kinds = new ArrayList<>();
    tiers = new ArrayList<>();
    statuses = new ArrayList<>();
    niche = null;
    platform = null;
    country = null;
    kolField = null;
    verified = null;
    minEngagementPercent = null;
    apply();
  }

  /** The criteria as the roster's query, for the given page. */
  CreatorQuery query(int page, int size) {
    CreatorQuery.Builder query =
        CreatorQuery.builder()
            .text(blankToNull(text))
            .kinds(enums(kinds, CreatorKind.class))
            .tiers(enums(tiers, Tier.class))
            .statuses(enums(statuses, CreatorStatus.class))
            .niche(blankToNull(niche))
            .country(
                country == null || country.isBlank()
                    ? null
                    : country.strip().toUpperCase(Locale.ROOT))
            .kolField(blankToNull(kolField))
            .engagement(minEngagementPercent == null ? null : minEngagementPercent / 100, null)
            .verified(verified == null || verified.isBlank() ? null : Boolean.valueOf(verified))
            .sort(sort, descending)
            .page(page, size);
    if (platform != null && !platform.isBlank()) {
      query.platform(Platform.valueOf(platform));
    }
    return query.build();
  }

  /** The REST API's CSV export with the same filters and sort, relative to the context root. */
  public String getExportPath() {
    // The table's sort as decoded from this request: the link may render before the table loads.
    DataTable table = table();
    if (table != null) {
      sortBy(table.getActiveSortMeta());
    }
    return exportPath();
  }

  /** The export path for the current filters and sort. */
  String exportPath() {
    Map<String, String> params = new LinkedHashMap<>();
    CreatorQuery q = query(0, 1);
    put(params, "q", q.text());
    put(params, "kind", names(q.kinds()));
    put(params, "tier", names(q.tiers()));
    put(params, "status", names(q.statuses()));
    put(params, "niche", q.niche());
    put(params, "platform", q.platform() == null ? null : q.platform().name());
    put(params, "country", q.country());
    put(params, "kolField", q.kolField());
    put(params, "verified", q.verified() == null ? null : q.verified().toString());
    put(
        params,
        "minEngagement",
        q.minEngagement() == null ? null : String.format(Locale.ROOT, "%.4f", q.minEngagement()));
    put(params, "sort", q.sort().name());
    put(params, "dir", q.descending() ? "desc" : "asc");
    return "/api/creators/export?"
        + params.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
  }

  private static void put(Map<String, String> params, String name, String value) {
    if (value != null && !value.isBlank()) {
      params.put(name, value);
    }
  }

  private static String names(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static <E extends Enum<E>> Set<E> enums(List<String> names, Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    if (names != null) {
      for (String name : names) {
        result.add(Enum.valueOf(type, name));
      }
    }
    return result;
  }

  /** The table's sort column (the column's field) as the roster's sort; name by default. */
  void sortBy(Map<String, SortMeta> sortBy) {
    SortMeta meta =
        sortBy == null
            ? null
            : sortBy.values().stream()
                .filter(m -> m.getOrder() != null && !m.getOrder().isUnsorted())
                .findFirst()
                .orElse(null);
    if (meta == null) {
      sort = CreatorQuery.Sort.NAME;
      descending = false;
      return;
    }
    sort =
        switch (meta.getField()) {
          case "audience" -> CreatorQuery.Sort.AUDIENCE;
          case "engagement" -> CreatorQuery.Sort.ENGAGEMENT;
          case "country" -> CreatorQuery.Sort.COUNTRY;
          default -> CreatorQuery.Sort.NAME;
        };
    descending = meta.getOrder() == SortOrder.DESCENDING;
  }

  /** The table's model: one search per page; the count comes with it. */
  final class Model extends LazyDataModel<CreatorRow> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, search.search(query(0, 1)).total());
    }

    @Override
    public List<CreatorRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(CreatorQuery.MAX_PAGE_SIZE, pageSize));
      sortBy(sortBy);
      ResultPage<io.chorus.roster.CreatorSummary> page = search.search(query(first / size, size));
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
      return page.items().stream().map(CreatorRow::new).toList();
    }

    @Override
    public String getRowKey(CreatorRow row) {
      return Long.toString(row.getId());
    }

    @Override
    public CreatorRow getRowData(String rowKey) {
      return getWrappedData() == null
          ? null
          : ((List<CreatorRow>) getWrappedData())
              .stream()
                  .filter(r -> Objects.equals(Long.toString(r.getId()), rowKey))
                  .findFirst()
                  .orElse(null);
    }
  }

  // ---- for the page

  public LazyDataModel<CreatorRow> getModel() {
    return model;
  }

  public Map<String, String> getKindOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    for (CreatorKind kind : CreatorKind.values()) {
      options.put(RosterLabels.kind(kind), kind.name());
    }
    return options;
  }

  public List<String> getTierOptions() {
    return Arrays.stream(Tier.values()).map(Enum::name).toList();
  }

  public List<String> getStatusOptions() {
    return Arrays.stream(CreatorStatus.values()).map(Enum::name).toList();
  }

  public List<String> getPlatformOptions() {
    return Arrays.stream(Platform.values()).map(Enum::name).toList();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public List<String> getKinds() {
    return kinds;
  }

  public void setKinds(List<String> kinds) {
    this.kinds = kinds == null ? new ArrayList<>() : kinds;
  }

  public List<String> getTiers() {
    return tiers;
  }

  public void setTiers(List<String> tiers) {
    this.tiers = tiers == null ? new ArrayList<>() : tiers;
  }

  public List<String> getStatuses() {
    return statuses;
  }

  public void setStatuses(List<String> statuses) {
    this.statuses = statuses == null ? new ArrayList<>() : statuses;
  }

  public String getNiche() {
    return niche;
  }

  public void setNiche(String niche) {
    this.niche = niche;
  }

  public String getPlatform() {
    return platform;
  }

  public void setPlatform(String platform) {
    this.platform = platform;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getKolField() {
    return kolField;
  }

  public void setKolField(String kolField) {
    this.kolField = kolField;
  }

  public String getVerified() {
    return verified;
  }

  public void setVerified(String verified) {
    this.verified = verified;
  }

  public Double getMinEngagementPercent() {
    return minEngagementPercent;
  }

  public void setMinEngagementPercent(Double minEngagementPercent) {
    this.minEngagementPercent = minEngagementPercent;
  }
}
