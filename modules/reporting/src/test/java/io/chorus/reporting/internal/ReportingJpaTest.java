package io.chorus.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.chorus.reporting.CampaignFacts;
import io.chorus.reporting.CampaignReport;
import io.chorus.reporting.CreatorPerformance;
import io.chorus.reporting.DeliverableStatus;
import io.chorus.reporting.Figures;
import io.chorus.reporting.PortfolioReport;
import io.chorus.reporting.PostMetrics;
import io.chorus.reporting.ReportNotFoundException;
import io.chorus.reporting.ShortlistedCreator;
import io.chorus.reporting.SignedContract;
import io.chorus.reporting.SignedContract.ContractedDeliverable;
import io.chorus.reporting.StageVisit;
import io.chorus.reporting.UgcItem;
import io.chorus.testsupport.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A campaign with known numbers fed fact by fact, and every figure of its report checked exactly.
 *
 * <p>Campaign 1 (skincare, budget 20,000 USD, March 2026), nine creators:
 *
 * <pre>
 * E1 Dr Ames   KOL MICRO   40,000  per deliverable 2 x 500  both verified on time, paid 1000
 * E2 Dr Brook  KOL MICRO   60,000  per deliverable 2 x 500  one verified late, one removed; paid 500
 * E9 Dr Ito    KOL MICRO   15,000  per deliverable 1 x 400  content rejected; nothing paid
 * E3 Dr Chen   KOL NANO     8,000  declined
 * E4 Mia       INF MACRO  500,000  flat fee 3000, 1 verified on time, 3000 due (still running)
 * E5 Noor      INF MICRO   30,000  product only, 1 verified on time
 * E6 Olu       INF MICRO   20,000  product only, never published
 * E7 Pia       INF MICRO   25,000  no response
 * E8 Quinn     INF NANO     5,000  shortlisted, never contacted
 * </pre>
 */
class ReportingJpaTest {

  static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-01T09:00:00Z");
  static final LocalDate DUE = LocalDate.of(2026, 3, 20);
  static final BigDecimal CPM = new BigDecimal("10.00");
  static final BigDecimal CPE = new BigDecimal("0.10");

  TestDatabase db;
  DefaultReportingFeed feed;
  DefaultReportService reports;
  List<StageVisit> history;

  @BeforeEach
  void setUp() {
    db = TestDatabase.create("reporting");
    history = new ArrayList<>();
    feed = new DefaultReportingFeed();
    feed.history = campaignId -> List.copyOf(history);
    feed.rates = new EmvRates(CPM, CPE);
    reports = new DefaultReportService();
    reports.history = feed.history;
    reports.rates = feed.rates;
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  // ---- the campaign report

  @Test
  void funnelByKindTierAndInTotal() {
    seedCampaignOne();
    CampaignReport report = report(1);

    assertFunnel(report.total().funnel(), 9, 8, 6, 6, 4, 4, 1, 1);
    assertThat(report.total().funnel().contactRate()).isEqualByComparingTo("0.8889");
    assertThat(report.total().funnel().acceptanceRate()).isEqualByComparingTo("0.7500");
    assertThat(report.total().funnel().contractRate()).isEqualByComparingTo("1.0000");
    assertThat(report.total().funnel().deliveryRate()).isEqualByComparingTo("0.6667");
    assertThat(report.total().funnel().verificationRate()).isEqualByComparingTo("1.0000");
    assertThat(report.total().funnel().declineRate()).isEqualByComparingTo("0.1250");
    assertThat(report.total().funnel().noResponseRate()).isEqualByComparingTo("0.1250");

    assertThat(report.byKind()).extracting(Figures::value).containsExactly("INFLUENCER", "KOL");
    Figures kol = group(report.byKind(), "KOL");
    Figures influencer = group(report.byKind(), "INFLUENCER");
    assertFunnel(kol.funnel(), 4, 4, 3, 3, 2, 2, 1, 0);
    assertThat(kol.funnel().declineRate()).isEqualByComparingTo("0.2500");
    assertThat(kol.funnel().noResponseRate()).isEqualByComparingTo("0.0000");
    assertFunnel(influencer.funnel(), 5, 4, 3, 3, 2, 2, 0, 1);
    assertThat(influencer.funnel().contactRate()).isEqualByComparingTo("0.8000");
    assertThat(influencer.funnel().noResponseRate()).isEqualByComparingTo("0.2500");

    assertThat(report.byTier())
        .extracting(Figures::value)
        .containsExactly("NANO", "MICRO", "MACRO");
    assertFunnel(group(report.byTier(), "MICRO").funnel(), 6, 6, 5, 5, 3, 3, 0, 1);
    assertFunnel(group(report.byTier(), "NANO").funnel(), 2, 1, 0, 0, 0, 0, 1, 0);
    assertThat(group(report.byTier(), "NANO").funnel().acceptanceRate())
        .isEqualByComparingTo("0.0000");
    assertThat(group(report.byTier(), "NANO").funnel().contractRate()).isNull();

    assertThat(report.byKindAndTier())
        .extracting(Figures::value)
        .containsExactly(
            "INFLUENCER/NANO", "INFLUENCER/MICRO", "INFLUENCER/MACRO", "KOL/NANO", "KOL/MICRO");
    assertFunnel(group(report.byKindAndTier(), "KOL/MICRO").funnel(), 3, 3, 3, 3, 2, 2, 0, 0);
  }

  @Test
  void deliverablesWithReasonsOnTimeRateAndReviewRounds() {
    seedCampaignOne();
    CampaignReport report = report(1);

    assertDelivery(report.total().deliverables(), 8, 7, 6, 6, 5, 3, 4);
    assertThat(report.total().deliverables().onTimeRate()).isEqualByComparingTo("0.8000");
    assertThat(report.total().deliverables().averageReviewRounds()).isEqualByComparingTo("1.43");

    Figures.Delivery kol = group(report.byKind(), "KOL").deliverables();
    assertDelivery(kol, 5, 5, 4, 4, 3, 2, 2);
    assertThat(kol.onTimeRate()).isEqualByComparingTo("0.6667");
    assertThat(kol.averageReviewRounds()).isEqualByComparingTo("1.20");
    Figures.Delivery influencer = group(report.byKind(), "INFLUENCER").deliverables();
    assertDelivery(influencer, 3, 2, 2, 2, 2, 1, 2);
    assertThat(influencer.onTimeRate()).isEqualByComparingTo("1.0000");
    assertThat(influencer.averageReviewRounds()).isEqualByComparingTo("2.00");

    assertThat(report.undelivered())
        .containsExactly(
            new CampaignReport.Undelivered(DeliverableStatus.REJECTED, "Claims not allowed", 1),
            new CampaignReport.Undelivered(DeliverableStatus.UNDELIVERED, "NEVER_PUBLISHED", 1),
            new CampaignReport.Undelivered(DeliverableStatus.UNDELIVERED, "REMOVED", 1));
  }

  @Test
  void audienceCountsVerifiedPostsOnlyAndReachIsTheirCreatorsFollowers() {
    seedCampaignOne();
    CampaignReport report = report(1);

    // The removed post (E2's second) had metrics at its verification; they do not count.
    assertAudience(report.total().audience(), 630_000, 226_000, 346_000, 11_500, 1_350);
    assertThat(report.total().audience().engagementRate()).isEqualByComparingTo("0.0183");
    Figures.Audience kol = group(report.byKind(), "KOL").audience();
    assertAudience(kol, 100_000, 23_000, 42_000, 2_100, 150);
    assertThat(kol.engagementRate()).isEqualByComparingTo("0.0210");
    Figures.Audience influencer = group(report.byKind(), "INFLUENCER").audience();
    assertAudience(influencer, 530_000, 203_000, 304_000, 9_400, 1_200);
    assertThat(influencer.engagementRate()).isEqualByComparingTo("0.0177");
    assertAudience(group(report.byTier(), "MICRO").audience(), 130_000, 26_000, 46_000, 2_500, 150);
  }

  @Test
  void moneyWithCpeCpmCostPerVerifiedDeliverableAndTheEmvEstimate() {
    seedCampaignOne();
    CampaignReport report = report(1);

    Figures.Money total = report.total().money();
    assertMoney(total, "5400.00", "1500.00", "3000.00", "900.00", "4500.00");
    assertThat(total.budget()).isEqualByComparingTo("20000.00");
    assertThat(total.cpe()).isEqualByComparingTo("0.3913");
    assertThat(total.cpm()).isEqualByComparingTo("13.01");
    assertThat(total.costPerVerifiedDeliverable()).isEqualByComparingTo("900.00");
    assertThat(total.emvEstimate()).isEqualByComparingTo("4610.00");

    // Trust versus reach: KOL engagements cost more than twice as much as influencer ones.
    Figures.Money kol = group(report.byKind(), "KOL").money();
    assertMoney(kol, "2400.00", "1500.00", "0.00", "900.00", "1500.00");
    assertThat(kol.budget()).isNull();
    assertThat(kol.cpe()).isEqualByComparingTo("0.7143");
    assertThat(kol.cpm()).isEqualByComparingTo("35.71");
    assertThat(kol.costPerVerifiedDeliverable()).isEqualByComparingTo("500.00");
    assertThat(kol.emvEstimate()).isEqualByComparingTo("630.00");
    Figures.Money influencer = group(report.byKind(), "INFLUENCER").money();
    assertMoney(influencer, "3000.00", "0.00", "3000.00", "0.00", "3000.00");
    assertThat(influencer.cpe()).isEqualByComparingTo("0.3191");
    assertThat(influencer.cpm()).isEqualByComparingTo("9.87");
    assertThat(influencer.costPerVerifiedDeliverable()).isEqualByComparingTo("1500.00");
    assertThat(influencer.emvEstimate()).isEqualByComparingTo("3980.00");

    Figures.Money micro = group(report.byTier(), "MICRO").money();
    assertMoney(micro, "2400.00", "1500.00", "0.00", "900.00", "1500.00");
    assertThat(micro.cpe()).isEqualByComparingTo("0.6000");
    assertThat(micro.cpm()).isEqualByComparingTo("32.61");
    assertThat(micro.costPerVerifiedDeliverable()).isEqualByComparingTo("375.00");
    // Product-only creators cost nothing in cash: no spend, so no CPE.
    Figures.Money nano = group(report.byTier(), "NANO").money();
    assertMoney(nano, "0.00", "0.00", "0.00", "0.00", "0.00");
    assertThat(nano.cpe()).isNull();
    assertThat(nano.cpm()).isNull();
    assertThat(nano.costPerVerifiedDeliverable()).isNull();

    assertThat(report.emv().estimate()).isTrue();
    assertThat(report.emv().formula())
        .isEqualTo("EMV (estimate) = impressions / 1000 x 10.00 + engagements x 0.10");
    assertThat(report.emv().value()).isEqualByComparingTo("4610.00");
  }

  @Test
  void ugcListsVerifiedContentWithUsageRightsSoonestExpiryFirst() {
    seedCampaignOne();
    CampaignReport report = report(1);

    assertThat(report.ugc().total()).isEqualTo(5);
    assertThat(report.ugc().withUsageRights()).isEqualTo(3);
    List<UgcItem> all = db.inTransaction(em -> withEm(em).ugc(1));
    assertThat(all).extracting(UgcItem::deliverableId).containsExactly(41L, 11L, 12L, 21L, 51L);
    assertThat(all.get(0))
        .isEqualTo(
            new UgcItem(
                41,
                4,
                "Mia",
                "INFLUENCER",
                "MACRO",
                "INSTAGRAM",
                "REEL",
                "https://instagram.com/p/d41",
                DUE,
                "ORGANIC_SOCIAL",
                LocalDate.of(2026, 7, 1)));
    assertThat(all.get(1).usageChannels()).isEqualTo("ORGANIC_SOCIAL,PAID_ADS");
    assertThat(all.get(3).usageChannels()).isEmpty();
    assertThat(all.get(3).usageExpiresOn()).isNull();
    assertThat(report.ugc().items()).isEqualTo(all);
  }

  @Test
  void cycleTimesPerStageWithMedianP90AndTheSlowestEngagements() {
    seedCampaignOne();
    visit("contactCreator", "STAFF", 1L, Duration.ofHours(1));
    visit("contactCreator", "STAFF", 2L, Duration.ofHours(2));
    visit("contactCreator", "STAFF", 3L, Duration.ofHours(3));
    visit("contactCreator", "STAFF", 4L, Duration.ofHours(10));
    visit("awaitCreatorResponse", "CREATOR", 1L, Duration.ofDays(1));

    List<CampaignReport.CycleTime> cycle = report(1).cycleTimes();

    assertThat(cycle)
        .extracting(CampaignReport.CycleTime::stage)
        .containsExactly("awaitCreatorResponse", "contactCreator");
    CampaignReport.CycleTime contact = cycle.get(1);
    assertThat(contact.count()).isEqualTo(4);
    assertThat(contact.heldBy()).isEqualTo("STAFF");
    assertThat(contact.medianSeconds()).isEqualTo(7_200);
    assertThat(contact.p90Seconds()).isEqualTo(36_000);
    assertThat(contact.slowest())
        .containsExactly(
            new CampaignReport.Slow(4L, "Mia", 36_000),
            new CampaignReport.Slow(3L, "Dr Chen", 10_800),
            new CampaignReport.Slow(2L, "Dr Brook", 7_200));
    assertThat(cycle.get(0).medianSeconds()).isEqualTo(86_400);
    assertThat(cycle.get(0).p90Seconds()).isEqualTo(86_400);
  }

  @Test
  void aFrozenReportDoesNotChangeWithLaterFactsHistoryOrRates() {
    seedCampaignOne();
    visit("contactCreator", "STAFF", 1L, Duration.ofHours(1));
    feed(f -> f.campaignStatus(1, "CLOSED"));
    feed(f -> f.freeze(1, T0.plusDays(60)));
    CampaignReport frozen = report(1);
    assertThat(frozen.frozenAt()).isEqualTo(T0.plusDays(60));
    assertThat(frozen.status()).isEqualTo("CLOSED");

    // Later facts, a changed shortlist, more history and other EMV rates.
    feed(f -> f.contacted(8, T0.plusDays(61)));
    feed(f -> f.resolved(61, DeliverableStatus.VERIFIED, DUE, null));
    feed(f -> f.paid(4, new BigDecimal("3000.00")));
    feed(f -> f.removedFromShortlist(7));
    feed(
        f ->
            f.shortlisted(
                new ShortlistedCreator(99, 1, 199, "Late", "KOL", "MEGA", 9_000_000), T0));
    feed(
        f ->
            f.campaignDefined(
                new CampaignFacts(
                    1, "Renamed", "Lumiere", "haircare", BigDecimal.ONE, "USD", null, null)));
    visit("contactCreator", "STAFF", 2L, Duration.ofHours(50));
    reports.rates = new EmvRates(new BigDecimal("99"), new BigDecimal("9"));

    assertThat(report(1)).isEqualTo(frozen);
    assertThat(frozen.cycleTimes()).singleElement().satisfies(c -> assertThat(c.count()).isOne());
    assertThat(frozen.emv().cpmRate()).isEqualByComparingTo(CPM);
  }

  @Test
  void anUnknownCampaignHasNoReport() {
    assertThatThrownBy(() -> report(404))
        .isInstanceOf(ReportNotFoundException.class)
        .hasMessage("No campaign 404 to report on");
  }

  @Test
  void repeatedFactsCountOnce() {
    seedCampaignOne();
    CampaignReport before = report(1);
    feed(f -> f.contacted(1, T0.plusDays(5)));
    feed(f -> f.draftSubmitted(11, 1, T0.plusDays(9)));
    feed(f -> f.published(11, "https://instagram.com/p/d11", T0.plusDays(9)));
    feed(f -> f.ended(1, "DELIVERED_ON_TIME", 5, T0.plusDays(40)));
    feed(
        f ->
            f.contractSigned(
                contract(
                    1,
                    "PER_DELIVERABLE",
                    "1000",
                    "ORGANIC_SOCIAL,PAID_ADS",
                    LocalDate.of(2026, 10, 1),
                    11,
                    12)));
    assertThat(report(1)).isEqualTo(before);
  }

  // ---- portfolio and creators

  @Test
  void portfolioByMonthNicheKindAndTier() {
    seedCampaignOne();
    seedCampaignTwo();
    PortfolioReport portfolio = db.inTransaction(em -> withEm(em).portfolio());

    assertThat(portfolio.campaigns()).isEqualTo(2);
    assertThat(portfolio.byMonth())
        .extracting(Figures::value)
        .containsExactly("2026-03", "2026-05");
    Figures march = portfolio.byMonth().get(0);
    assertThat(march.currency()).isEqualTo("USD");
    assertThat(march.money().budget()).isEqualByComparingTo("20000.00");
    assertThat(march.money().spend()).isEqualByComparingTo("4500.00");
    assertThat(march.money().cpe()).isEqualByComparingTo("0.3913");
    assertFunnel(march.funnel(), 9, 8, 6, 6, 4, 4, 1, 1);
    Figures may = portfolio.byMonth().get(1);
    assertThat(may.money().budget()).isEqualByComparingTo("5000.00");
    assertMoney(may.money(), "500.00", "0.00", "0.00", "500.00", "0.00");
    assertDelivery(may.deliverables(), 1, 0, 0, 0, 0, 1, 0);

    assertThat(portfolio.byNiche())
        .extracting(Figures::value)
        .containsExactly("haircare", "skincare");
    Figures kol = group(portfolio.byKind(), "KOL");
    assertFunnel(kol.funnel(), 5, 5, 4, 4, 2, 2, 1, 0);
    assertMoney(kol.money(), "2900.00", "1500.00", "0.00", "1400.00", "1500.00");
    assertThat(kol.money().cpe()).isEqualByComparingTo("0.7143");
    assertThat(kol.money().budget()).isNull();
    assertThat(portfolio.byTier())
        .extracting(Figures::value)
        .containsExactly("MACRO", "MICRO", "NANO");
  }

  @Test
  void creatorPerformanceOverAllCampaigns() {
    seedCampaignOne();
    seedCampaignTwo();
    List<CreatorPerformance> creators = db.inTransaction(em -> withEm(em).creators(100));

    assertThat(creators)
        .extracting(CreatorPerformance::creatorName)
        .containsExactly(
            "Dr Ames", "Dr Brook", "Dr Chen", "Dr Ito", "Mia", "Noor", "Olu", "Pia", "Quinn");
    CreatorPerformance ames = creators.get(0);
    assertThat(ames.engagements()).isEqualTo(2);
    assertThat(ames.deliverablesContracted()).isEqualTo(3);
    assertThat(ames.deliverablesVerified()).isEqualTo(2);
    assertThat(ames.deliveryRate()).isEqualByComparingTo("0.6667");
    assertThat(ames.onTimeRate()).isEqualByComparingTo("1.0000");
    assertThat(ames.spend()).isEqualByComparingTo("1000.00");
    assertThat(ames.postEngagements()).isEqualTo(1_500);
    assertThat(ames.cpe()).isEqualByComparingTo("0.6667");
    assertThat(ames.averageRating()).isEqualByComparingTo("3.50");
    assertThat(ames.ratings()).isEqualTo(2);
    CreatorPerformance brook = creators.get(1);
    assertThat(brook.deliveryRate()).isEqualByComparingTo("0.5000");
    assertThat(brook.onTimeRate()).isEqualByComparingTo("0.0000");
    assertThat(brook.cpe()).isEqualByComparingTo("0.8333");
    assertThat(brook.averageRating()).isNull();
    CreatorPerformance quinn = creators.get(8);
    assertThat(quinn.deliveryRate()).isNull();
    assertThat(quinn.cpe()).isNull();

    List<CreatorPerformance> firstTwo = db.inTransaction(em -> withEm(em).creators(2));
    assertThat(firstTwo).hasSize(2);
  }

  @Test
  void aRatingReachesTheCreatorsAverageAndLeavesAFrozenCampaignReportAsItWas() {
    seedCampaignOne();
    seedCampaignTwo();
    feed(f -> f.campaignStatus(2, "CLOSED"));
    feed(f -> f.freeze(2, T0.plusDays(95)));
    CampaignReport frozen = report(2);

    // Dr Ames: 5 on campaign 1, 2 on campaign 2 (frozen), now re-rated 4 there.
    feed(f -> f.rated(10, 4));
    assertThat(report(2)).usingRecursiveComparison().isEqualTo(frozen);
    CreatorPerformance ames = creator("Dr Ames");
    assertThat(ames.averageRating()).isEqualByComparingTo("4.50");
    assertThat(ames.ratings()).isEqualTo(2);

    // Dr Brook had none; a first rating on the open campaign 1. Rating again replaces it.
    feed(f -> f.rated(2, 1));
    feed(f -> f.rated(2, 3));
    assertThat(creator("Dr Brook").averageRating()).isEqualByComparingTo("3.00");
    assertThat(creator("Dr Brook").ratings()).isEqualTo(1);

    // The end step told again without a rating keeps the one given; unknown ids are ignored.
    feed(f -> f.ended(2, "DELIVERED_LATE", null, T0.plusDays(41)));
    assertThat(creator("Dr Brook").averageRating()).isEqualByComparingTo("3.00");
    feed(f -> f.rated(4040, 5));
    assertThatThrownBy(() -> feed(f -> f.rated(2, 6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A rating is 1 to 5, not 6");
    assertThat(creator("Dr Brook").averageRating()).isEqualByComparingTo("3.00");
  }

  private CreatorPerformance creator(String name) {
    return db.inTransaction(em -> withEm(em).creators(100)).stream()
        .filter(c -> name.equals(c.creatorName()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No creator " + name));
  }

  // ---- the campaigns

  private void seedCampaignOne() {
    feed(
        f ->
            f.campaignDefined(
                new CampaignFacts(
                    1,
                    "Barrier Repair launch",
                    "Lumiere",
                    "Skincare",
                    new BigDecimal("20000"),
                    "USD",
                    LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 4, 30))));
    shortlist(1, 1, 101, "Dr Ames", "KOL", "MICRO", 40_000);
    shortlist(2, 1, 102, "Dr Brook", "KOL", "MICRO", 60_000);
    shortlist(9, 1, 109, "Dr Ito", "KOL", "MICRO", 15_000);
    shortlist(3, 1, 103, "Dr Chen", "KOL", "NANO", 8_000);
    shortlist(4, 1, 104, "Mia", "INFLUENCER", "MACRO", 500_000);
    shortlist(5, 1, 105, "Noor", "INFLUENCER", "MICRO", 30_000);
    shortlist(6, 1, 106, "Olu", "INFLUENCER", "MICRO", 20_000);
    shortlist(7, 1, 107, "Pia", "INFLUENCER", "MICRO", 25_000);
    shortlist(8, 1, 108, "Quinn", "INFLUENCER", "NANO", 5_000);
    feed(f -> f.campaignStatus(1, "RUNNING"));
    for (long e : new long[] {1, 2, 9, 3, 4, 5, 6, 7}) {
      feed(f -> f.contacted(e, T0.plusDays(1)));
    }
    for (long e : new long[] {1, 2, 9, 4, 5, 6}) {
      feed(f -> f.accepted(e, T0.plusDays(2)));
    }
    feed(f -> f.ended(3, "DECLINED", null, T0.plusDays(2)));
    feed(f -> f.ended(7, "NO_RESPONSE", null, T0.plusDays(11)));

    LocalDate rightsEnd = LocalDate.of(2026, 10, 1);
    feed(
        f ->
            f.contractSigned(
                contract(
                    1, "PER_DELIVERABLE", "1000", "ORGANIC_SOCIAL,PAID_ADS", rightsEnd, 11, 12)));
    feed(f -> f.contractSigned(contract(2, "PER_DELIVERABLE", "1000", null, null, 21, 22)));
    feed(f -> f.contractSigned(contract(9, "PER_DELIVERABLE", "400", null, null, 91)));
    feed(
        f ->
            f.contractSigned(
                contract(4, "FLAT_FEE", "3000", "ORGANIC_SOCIAL", LocalDate.of(2026, 7, 1), 41)));
    feed(f -> f.contractSigned(contract(5, "PRODUCT_ONLY", "0", null, null, 51)));
    feed(f -> f.contractSigned(contract(6, "PRODUCT_ONLY", "0", null, null, 61)));

    // E1: two posts, verified on time, paid.
    drafts(11, 2);
    deliver(11, new PostMetrics(10_000, 20_000, 1_000, 100), DUE);
    drafts(12, 1);
    deliver(12, new PostMetrics(5_000, 10_000, 500, 50), DUE.minusDays(1));
    feed(f -> f.earned(1, new BigDecimal("1000.00")));
    feed(f -> f.paid(1, new BigDecimal("1000.00")));
    feed(f -> f.ended(1, "DELIVERED_ON_TIME", 5, T0.plusDays(40)));
    // E2: one verified late, one removed after its verification; 500 paid.
    drafts(21, 1);
    deliver(21, new PostMetrics(8_000, 12_000, 600, 0), DUE.plusDays(2));
    drafts(22, 1);
    deliver(22, new PostMetrics(7_000, 9_000, 300, 10), null);
    feed(f -> f.resolved(22, DeliverableStatus.UNDELIVERED, DUE.plusDays(5), "REMOVED"));
    feed(f -> f.earned(2, new BigDecimal("500.00")));
    feed(f -> f.paid(2, new BigDecimal("500.00")));
    feed(f -> f.ended(2, "DELIVERED_LATE", null, T0.plusDays(40)));
    // E9: the brand rejected the only draft.
    feed(f -> f.draftSubmitted(91, 1, T0.plusDays(8)));
    feed(f -> f.reviewed(91, false, T0.plusDays(9)));
    feed(f -> f.resolved(91, DeliverableStatus.REJECTED, DUE.minusDays(5), "Claims not allowed"));
    feed(f -> f.ended(9, "UNDELIVERED", null, T0.plusDays(20)));
    // E4: three versions before approval, verified on time, the fee is due but not paid yet.
    drafts(41, 3);
    deliver(41, new PostMetrics(200_000, 300_000, 9_000, 1_200), DUE);
    feed(f -> f.earned(4, new BigDecimal("3000.00")));
    // E5: product only, verified; E6: product only, never published.
    drafts(51, 1);
    deliver(51, new PostMetrics(3_000, 4_000, 400, 0), DUE);
    feed(f -> f.ended(5, "DELIVERED_ON_TIME", null, T0.plusDays(40)));
    feed(f -> f.resolved(61, DeliverableStatus.UNDELIVERED, DUE.plusDays(1), "NEVER_PUBLISHED"));
    feed(f -> f.ended(6, "UNDELIVERED", null, T0.plusDays(40)));
  }

  /** Campaign 2 (haircare, May 2026): Dr Ames again, never published, rated 2. */
  private void seedCampaignTwo() {
    feed(
        f ->
            f.campaignDefined(
                new CampaignFacts(
                    2,
                    "Scalp care",
                    "Lumiere",
                    "haircare",
                    new BigDecimal("5000"),
                    "USD",
                    LocalDate.of(2026, 5, 1),
                    LocalDate.of(2026, 5, 31))));
    shortlist(10, 2, 101, "Dr Ames", "KOL", "MICRO", 40_000);
    feed(f -> f.contacted(10, T0.plusDays(61)));
    feed(f -> f.accepted(10, T0.plusDays(62)));
    feed(f -> f.contractSigned(contract(10, "PER_DELIVERABLE", "500", null, null, 101)));
    feed(f -> f.resolved(101, DeliverableStatus.UNDELIVERED, DUE.plusDays(70), "NEVER_PUBLISHED"));
    feed(f -> f.ended(10, "UNDELIVERED", 2, T0.plusDays(90)));
  }

  private void shortlist(
      long engagement, long campaign, long creator, String name, String kind, String tier, long f) {
    feed(
        feed ->
            feed.shortlisted(
                new ShortlistedCreator(engagement, campaign, creator, name, kind, tier, f), T0));
  }

  private static SignedContract contract(
      long engagement,
      String model,
      String committed,
      String channels,
      LocalDate rightsEnd,
      long... deliverables) {
    List<ContractedDeliverable> lines = new ArrayList<>();
    for (long d : deliverables) {
      lines.add(new ContractedDeliverable(d, "INSTAGRAM", d == 41 ? "REEL" : "POST", DUE));
    }
    return new SignedContract(
        engagement, model, new BigDecimal(committed), channels, rightsEnd, T0.plusDays(4), lines);
  }

  /** {@code versions} drafts; changes requested on all but the last, which is approved. */
  private void drafts(long deliverable, int versions) {
    for (int v = 1; v <= versions; v++) {
      int version = v;
      feed(f -> f.draftSubmitted(deliverable, version, T0.plusDays(5 + version)));
      feed(f -> f.reviewed(deliverable, version == versions, T0.plusDays(6 + version)));
    }
  }

  /** Published and verified with these metrics; resolved as verified on {@code verifiedOn}. */
  private void deliver(long deliverable, PostMetrics metrics, LocalDate verifiedOn) {
    feed(f -> f.published(deliverable, "https://instagram.com/p/d" + deliverable, T0.plusDays(15)));
    feed(f -> f.metrics(deliverable, metrics));
    if (verifiedOn != null) {
      feed(f -> f.resolved(deliverable, DeliverableStatus.VERIFIED, verifiedOn, null));
    }
  }

  private void visit(String stage, String heldBy, Long engagement, Duration took) {
    history.add(new StageVisit(stage, stage, heldBy, engagement, T0, T0.plus(took)));
  }

  // ---- plumbing

  private void feed(Consumer<DefaultReportingFeed> fact) {
    db.inTransaction(
        em -> {
          feed.em = em;
          fact.accept(feed);
          return null;
        });
  }

  private CampaignReport report(long campaignId) {
    return db.inTransaction(em -> withEm(em).campaign(campaignId));
  }

  private DefaultReportService withEm(jakarta.persistence.EntityManager em) {
    reports.em = em;
    return reports;
  }

  private static Figures group(List<Figures> figures, String value) {
    return figures.stream()
        .filter(f -> f.value().equals(value))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No group " + value + " in " + figures));
  }

  private static void assertFunnel(
      Figures.Funnel f,
      long shortlisted,
      long contacted,
      long accepted,
      long contracted,
      long delivered,
      long verified,
      long declined,
      long noResponse) {
    assertThat(
            List.of(
                f.shortlisted(),
                f.contacted(),
                f.accepted(),
                f.contracted(),
                f.delivered(),
                f.verified(),
                f.declined(),
                f.noResponse()))
        .as(
            "shortlisted, contacted, accepted, contracted, delivered, verified, declined, no response")
        .containsExactly(
            shortlisted,
            contacted,
            accepted,
            contracted,
            delivered,
            verified,
            declined,
            noResponse);
  }

  private static void assertDelivery(
      Figures.Delivery d,
      long contracted,
      long submitted,
      long approved,
      long published,
      long verified,
      long undelivered,
      long onTime) {
    assertThat(
            List.of(
                d.contracted(),
                d.submitted(),
                d.approved(),
                d.published(),
                d.verified(),
                d.undelivered(),
                d.onTime()))
        .as("contracted, submitted, approved, published, verified, undelivered, on time")
        .containsExactly(contracted, submitted, approved, published, verified, undelivered, onTime);
  }

  private static void assertAudience(
      Figures.Audience a, long reach, long views, long impressions, long engagements, long clicks) {
    assertThat(List.of(a.reach(), a.views(), a.impressions(), a.engagements(), a.clicks()))
        .as("reach, views, impressions, engagements, clicks")
        .containsExactly(reach, views, impressions, engagements, clicks);
  }

  private static void assertMoney(
      Figures.Money m, String committed, String paid, String due, String saved, String spend) {
    assertThat(List.of(m.committed(), m.paid(), m.due(), m.saved(), m.spend()))
        .as("committed, paid, due, saved, spend")
        .containsExactly(
            new BigDecimal(committed),
            new BigDecimal(paid),
            new BigDecimal(due),
            new BigDecimal(saved),
            new BigDecimal(spend));
  }
}
