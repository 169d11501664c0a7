package io.chorus.app.web.roster;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorQuery;
import io.chorus.roster.Platform;
import io.chorus.roster.Tier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class RosterSearchBeanTest {

  @Test
  void theFormsFiltersBecomeTheRosterQuery() {
    RosterSearchBean bean = new RosterSearchBean();
    bean.setText("  ada ");
    bean.setKinds(List.of("KOL", "BOTH"));
    bean.setTiers(List.of("MACRO"));
    bean.setPlatform("INSTAGRAM");
    bean.setCountry("de");
    bean.setVerified("true");
    bean.setMinEngagementPercent(2.5);

    CreatorQuery query = bean.query(3, 25);

    assertThat(query.text()).isEqualTo("ada");
    assertThat(query.kinds()).containsExactly(CreatorKind.KOL, CreatorKind.BOTH);
    assertThat(query.tiers()).containsExactly(Tier.MACRO);
    assertThat(query.statuses()).isEmpty();
    assertThat(query.platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(query.country()).isEqualTo("DE");
    assertThat(query.verified()).isTrue();
    assertThat(query.minEngagement()).isEqualTo(0.025);
    assertThat(query.niche()).isNull();
    assertThat(query.page()).isEqualTo(3);
    assertThat(query.size()).isEqualTo(25);
  }

  @Test
  void theExportLinkCarriesTheSameFiltersAndSort() {
    RosterSearchBean bean = new RosterSearchBean();
    bean.setText("Dr Ada & co");
    bean.setKinds(List.of("KOL"));
    bean.setTiers(List.of("MICRO", "MACRO"));
    bean.setMinEngagementPercent(2.0);
    bean.sortBy(
        Map.of(
            "audience", SortMeta.builder().field("audience").order(SortOrder.DESCENDING).build()));

    assertThat(bean.exportPath())
        .isEqualTo(
            "/api/creators/export?q=Dr+Ada+%26+co&kind=KOL&tier=MICRO%2CMACRO"
                + "&minEngagement=0.0200&sort=AUDIENCE&dir=desc");
  }

  @Test
  void withoutFiltersTheExportIsTheWholeRosterByName() {
    RosterSearchBean bean = new RosterSearchBean();
    bean.sortBy(Map.of());

    assertThat(bean.exportPath()).isEqualTo("/api/creators/export?sort=NAME&dir=asc");
    assertThat(bean.query(0, 10).kinds()).isEqualTo(Set.of());
  }

  @Test
  void tableColumnsSortOnTheRostersIndexedColumns() {
    RosterSearchBean bean = new RosterSearchBean();
    for (var column :
        Map.of(
                "name", CreatorQuery.Sort.NAME,
                "engagement", CreatorQuery.Sort.ENGAGEMENT,
                "country", CreatorQuery.Sort.COUNTRY)
            .entrySet()) {
      bean.sortBy(
          Map.of(
              column.getKey(),
              SortMeta.builder().field(column.getKey()).order(SortOrder.ASCENDING).build()));
      assertThat(bean.query(0, 1).sort()).isEqualTo(column.getValue());
      assertThat(bean.query(0, 1).descending()).isFalse();
    }
  }
}
