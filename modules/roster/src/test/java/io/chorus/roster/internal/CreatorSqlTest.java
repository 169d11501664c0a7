package io.chorus.roster.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorQuery;
import io.chorus.roster.Platform;
import io.chorus.roster.Tier;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CreatorSqlTest {

  @Test
  void everyFilterIsABoundParameterOnAnIndexedColumn() {
    CreatorQuery query =
        CreatorQuery.builder()
            .text("50%_off")
            .kinds(Set.of(CreatorKind.KOL))
            .tiers(EnumSet.of(Tier.MICRO, Tier.MACRO))
            .niche(" Skincare ")
            .platform(Platform.TIKTOK)
            .country("de")
            .engagement(0.01, 0.05)
            .verified(true)
            .build();
    CreatorSql sql = CreatorSql.of(query);
    assertThat(sql.where())
        .contains("c.search_text like ?1 escape '\\'")
        .contains("c.kind in (?2)")
        .contains("c.tier in (?3, ?4)")
        .contains("n.niche = ?5")
        .contains("a.platform in (?6)")
        .contains("c.country = ?7")
        .contains("c.engagement_rate >= ?8")
        .contains("c.engagement_rate <= ?9")
        .contains("c.kol_verified_on is not null")
        .doesNotContain("50%");
    assertThat(sql.parameters())
        .containsExactly(
            "%50\\%\\_off%", "KOL", "MICRO", "MACRO", "skincare", "TIKTOK", "DE", 0.01, 0.05);
  }

  @Test
  void sortingIsFromAWhitelistWithTheIdAsTieBreaker() {
    assertThat(CreatorSql.orderBy(CreatorQuery.Sort.AUDIENCE, true))
        .isEqualTo(" order by c.largest_audience desc, c.id desc");
    assertThat(CreatorSql.orderBy(CreatorQuery.Sort.NAME, false))
        .isEqualTo(" order by c.name_key asc, c.id asc");
  }

  @Test
  void noFiltersMatchEverything() {
    CreatorSql sql = CreatorSql.of(CreatorQuery.builder().build());
    assertThat(sql.where()).isEqualTo(" where 1 = 1");
    assertThat(sql.parameters()).isEmpty();
  }
}
