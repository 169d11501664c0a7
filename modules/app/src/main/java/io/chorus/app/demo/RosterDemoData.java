package io.chorus.app.demo;

import io.chorus.roster.AccountDraft;
import io.chorus.roster.CreatorDetails;
import io.chorus.roster.CreatorDraft;
import io.chorus.roster.CreatorKind;
import io.chorus.roster.CreatorStatus;
import io.chorus.roster.KolProfileDraft;
import io.chorus.roster.Outcome;
import io.chorus.roster.OutcomeDraft;
import io.chorus.roster.Platform;
import io.chorus.roster.RosterService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A fictional roster that shows what the roster does: every tier and kind, verified dermatologists
 * for a skincare credibility brief, a chef who is both KOL and influencer, an unverified KOL in a
 * regulated field, stale figures, suspicious engagement, and relationship history with an
 * undelivered engagement. Seeded through the public service, like any client would.
 */
@ApplicationScoped
public class RosterDemoData {

  private static final Logger LOG = Logger.getLogger(RosterDemoData.class.getName());
  private static final String SEEDER = "demo";

  @Inject RosterService roster;

  private LocalDate today;

  public void seedIfEmpty() {
    if (roster.count() > 0) {
      return;
    }
    today = LocalDate.now(ZoneOffset.UTC);
    List<CreatorDetails> created = new ArrayList<>();

    // Verified dermatologists: the first answer to a skincare CREDIBILITY brief.
    created.add(
        kol(
            "Dr. Amara Okafor",
            "US",
            Set.of("skincare", "dermatology"),
            "Dermatology",
            "Dermatologist",
            "MD, board-certified dermatologist (American Board of Dermatology)",
            "Lakeside University Hospital",
            "12 peer-reviewed papers on acne scarring; TEDx talk 'Your skin is not a trend'",
            true,
            "American Board of Dermatology certification lookup",
            account(Platform.INSTAGRAM, "dr.amara.skin", 184_000, 52_000L, 7_900L, 410L, 20)));
    created.add(
        kol(
            "Dr. Lukas Brenner",
            "DE",
            Set.of("skincare", "dermatology", "sun protection"),
            "Dermatology",
            "Dermatologist",
            "Dr. med., Facharzt für Dermatologie",
            "Berlin Skin Institute",
            "Guest on 'Hautnah' podcast; co-author of the 2023 sunscreen consensus paper",
            true,
            "Ärztekammer Berlin physician register",
            account(Platform.YOUTUBE, "hautdoc_lukas", 420_000, 95_000L, 9_800L, 1_200L, 35),
            account(Platform.INSTAGRAM, "hautdoc.lukas", 88_000, null, 3_100L, 220L, 35)));
    created.add(
        kol(
            "Dr. Mei Tanaka",
            "JP",
            Set.of("skincare", "dermatology"),
            "Dermatology",
            "Dermatologist",
            "MD, PhD, Japanese Dermatological Association board certified",
            "Kyoto Clinic of Dermatology",
            "Research on barrier repair ceramides; NHK health segment",
            true,
            "Japanese Dermatological Association member directory",
            account(Platform.TIKTOK, "dr.mei.skin", 1_350_000, 410_000L, 58_000L, 2_100L, 12)));
    created.add(
        kol(
            "Dr. Sofia Reyes",
            "ES",
            Set.of("skincare"),
            "Dermatology",
            "Dermatologist",
            "MD, dermatologist (AEDV member)",
            "Clínica Dermatológica Sol",
            "Speaker at the AEDV congress 2024",
            true,
            "Colegio de Médicos de Madrid register",
            account(Platform.INSTAGRAM, "dra.sofia.piel", 46_000, 12_000L, 2_300L, 150L, 40)));
    // The same expertise, credentials not yet verified: ranked after the verified ones.
    created.add(
        kol(
            "Dr. Nathan Cole",
            "GB",
            Set.of("skincare", "dermatology"),
            "Dermatology",
            "Dermatologist",
            "MBBS, MRCP (Derm) — self-reported",
            null,
            "Weekly skin myths newsletter",
            false,
            null,
            account(Platform.TIKTOK, "derm.nathan", 610_000, 150_000L, 21_000L, 900L, 15)));
    // A KOL in a regulated field (finance) whose credentials nobody has checked.
    created.add(
        kol(
            "Priya Raman, CFA",
            "IN",
            Set.of("fintech", "personal finance"),
            "Personal finance",
            "Chartered financial analyst",
            "CFA charterholder",
            "Mumbai Investors' Circle",
            "Columnist, 'Money Monday'",
            false,
            null,
            account(Platform.LINKEDIN, "priya-raman-cfa", 72_000, null, 1_400L, 180L, 30),
            account(Platform.YOUTUBE, "PriyaOnMoney", 39_000, 8_000L, 900L, 120L, 30)));
    created.add(
        kol(
            "Dr. Felix Wagner",
            "AT",
            Set.of("cloud computing", "security"),
            "Cloud security",
            "Professor of computer science",
            "PhD, CISSP",
            "Vienna University of Technology",
            "Keynote at CloudSec Europe; 40 papers on zero-trust architectures",
            true,
            "ISC2 member verification",
            account(Platform.LINKEDIN, "felix-wagner-cloudsec", 23_000, null, 600L, 70L, 10),
            account(Platform.PODCAST, "zero-trust-talks", 8_500, 8_500L, null, null, 10)));
    created.add(
        kol(
            "Nora Lindqvist, RD",
            "SE",
            Set.of("nutrition", "fitness"),
            "Nutrition",
            "Registered dietitian",
            "MSc Clinical Nutrition, registered dietitian",
            "Stockholm Sports Clinic",
            "Author of 'Eat to Train'",
            true,
            "Swedish National Board of Health licence register",
            account(Platform.INSTAGRAM, "nora.eats.well", 15_400, 4_000L, 700L, 45L, 200)));

    // Both KOL and influencer: a chef trusted for cooking and followed for reach.
    created.add(
        creator(
            "Chef Marco Bellini",
            "marco@bellini-kitchen.example",
            "IT",
            CreatorKind.BOTH,
            Set.of("it", "en"),
            Set.of("food", "cooking", "italian cuisine"),
            new KolProfileDraft(
                "Italian cuisine",
                "Chef and restaurateur",
                "Two Michelin stars (Trattoria Bellini)",
                "Slow Food Italia",
                "Cookbook 'Pasta, Slowly'; judge on 'Kitchen Masters'",
                false,
                "Olivia Ops",
                today.minusDays(40),
                "Guide Michelin listing"),
            account(
                Platform.INSTAGRAM, "chefmarcobellini", 2_400_000, 600_000L, 48_000L, 1_900L, 8),
            account(Platform.YOUTUBE, "MarcoCooks", 890_000, 210_000L, 12_000L, 1_100L, 8)));
    created.add(
        creator(
            "Hana Sato",
            "hana@tidyjoy.example",
            "JP",
            CreatorKind.BOTH,
            Set.of("ja", "en"),
            Set.of("home", "organizing", "lifestyle"),
            new KolProfileDraft(
                "Home organizing",
                "Certified organizing consultant",
                "Certified professional organizer (APOJ)",
                null,
                "Book 'Keep What Sparks Calm'",
                false,
                null,
                null,
                null),
            account(Platform.YOUTUBE, "tidyjoy", 1_100_000, 380_000L, 25_000L, 1_800L, 25)));

    // Influencers across every tier and several niches.
    String[][] influencers = {
      // name, country, niches, platform, handle, followers, likes, comments, daysOld
      {
        "Lena Fischer", "DE", "skincare|beauty", "INSTAGRAM", "lenaglows", "8200", "610", "40", "12"
      },
      {
        "Jade Moreau",
        "FR",
        "skincare|beauty",
        "TIKTOK",
        "jade.skin.diary",
        "5400",
        "480",
        "35",
        "20"
      },
      {
        "Chloe Park",
        "US",
        "skincare|beauty|k-beauty",
        "TIKTOK",
        "chloeskincare",
        "2300000",
        "61000",
        "2400",
        "9"
      },
      {
        "Ava Thompson",
        "GB",
        "skincare|beauty",
        "YOUTUBE",
        "AvaBeautyLab",
        "780000",
        "19000",
        "1300",
        "30"
      },
      {
        "Isabella Rossi",
        "IT",
        "beauty|fashion",
        "INSTAGRAM",
        "bella.rossi.style",
        "350000",
        "6100",
        "220",
        "18"
      },
      {
        "Mia Johansson",
        "SE",
        "skincare|wellness",
        "INSTAGRAM",
        "mia.skin.routine",
        "64000",
        "2900",
        "160",
        "14"
      },
      {
        "Zoe Martin",
        "CA",
        "skincare|budget beauty",
        "TIKTOK",
        "zoe.dupes",
        "38000",
        "2100",
        "140",
        "25"
      },
      {
        "Emma Nguyen",
        "AU",
        "skincare|beauty",
        "INSTAGRAM",
        "emma.glowup",
        "27000",
        "1200",
        "90",
        "7"
      },
      {
        "Sara Haddad",
        "AE",
        "beauty|lifestyle",
        "INSTAGRAM",
        "sara.haddad",
        "510000",
        "9000",
        "300",
        "16"
      },
      {
        "Tom Becker",
        "DE",
        "fitness|nutrition",
        "YOUTUBE",
        "TomTrains",
        "145000",
        "5200",
        "400",
        "22"
      },
      {"Kai Nakamura", "US", "tech|gaming", "TWITCH", "kaiplays", "96000", "3100", "700", "5"},
      {
        "Oliver Grant",
        "GB",
        "tech|cloud computing",
        "YOUTUBE",
        "OliverExplainsCloud",
        "210000",
        "5800",
        "650",
        "28"
      },
      {
        "Lucas Silva",
        "BR",
        "fitness|lifestyle",
        "INSTAGRAM",
        "lucas.fit.br",
        "1800000",
        "39000",
        "900",
        "19"
      },
      {
        "Maya Cohen",
        "IL",
        "fintech|personal finance",
        "TIKTOK",
        "maya.money",
        "430000",
        "15000",
        "800",
        "11"
      },
      {
        "Ethan Brooks",
        "US",
        "gaming",
        "YOUTUBE",
        "EthanBrooksGames",
        "4300000",
        "98000",
        "7000",
        "13"
      },
      {
        "Ines Duarte",
        "PT",
        "food|travel",
        "INSTAGRAM",
        "ines.eats.lisbon",
        "19500",
        "980",
        "70",
        "17"
      },
      {
        "Noah Williams",
        "US",
        "food|cooking",
        "TIKTOK",
        "noahcooksfast",
        "670000",
        "24000",
        "1100",
        "6"
      },
      {
        "Aisha Bello",
        "NG",
        "beauty|skincare",
        "INSTAGRAM",
        "aisha.melanin.glow",
        "88000",
        "4100",
        "330",
        "21"
      },
      {
        "Leo Schmidt",
        "CH",
        "travel|lifestyle",
        "YOUTUBE",
        "LeoWanders",
        "125000",
        "3300",
        "260",
        "26"
      },
      {
        "Ruby Evans",
        "NZ",
        "skincare|wellness",
        "BLOG",
        "rubyskinjournal",
        "6400",
        "190",
        "60",
        "33"
      },
      {
        "Yuki Mori", "JP", "beauty|fashion", "INSTAGRAM", "yuki.mori.mode", "3100", "260", "22", "3"
      },
      {
        "Omar Farouk",
        "EG",
        "fitness|nutrition",
        "INSTAGRAM",
        "omar.lifts",
        "9100",
        "520",
        "41",
        "9"
      },
      {
        "Clara Weiss",
        "DE",
        "skincare|sustainability",
        "INSTAGRAM",
        "clara.clean.skin",
        "41000",
        "1900",
        "120",
        "10"
      },
      {
        "Ben Carter",
        "US",
        "cloud computing|devops",
        "LINKEDIN",
        "ben-carter-devops",
        "12000",
        "400",
        "60",
        "40"
      },
      {
        "Lucia Romero",
        "MX",
        "beauty|skincare",
        "TIKTOK",
        "lucia.belleza",
        "156000",
        "7400",
        "380",
        "8"
      },
      {
        "Daniel Kim",
        "KR",
        "k-beauty|skincare",
        "YOUTUBE",
        "DanielKBeauty",
        "990000",
        "26000",
        "1900",
        "15"
      },
    };
    for (String[] row : influencers) {
      created.add(
          creator(
              row[0],
              null,
              row[1],
              CreatorKind.INFLUENCER,
              Set.of("en"),
              Set.of(row[2].split("\\|")),
              null,
              account(
                  Platform.valueOf(row[3]),
                  row[4],
                  Long.parseLong(row[5]),
                  Long.parseLong(row[5]) / 4,
                  Long.parseLong(row[6]),
                  Long.parseLong(row[7]),
                  Integer.parseInt(row[8]))));
    }

    // Vetting signals worth seeing.
    CreatorDetails stale =
        creator(
            "Grace Whitfield",
            null,
            "US",
            CreatorKind.INFLUENCER,
            Set.of("en"),
            Set.of("skincare", "beauty"),
            null,
            account(Platform.INSTAGRAM, "gracefully.glowing", 240_000, 60_000L, 5_000L, 300L, 210));
    created.add(stale);
    CreatorDetails suspicious =
        creator(
            "Viktor Lang",
            null,
            "AT",
            CreatorKind.INFLUENCER,
            Set.of("de"),
            Set.of("skincare", "fitness"),
            null,
            account(Platform.INSTAGRAM, "viktor.lang.glow", 52_000, 9_000L, 14_800L, 1_200L, 4));
    created.add(suspicious);
    CreatorDetails inactive =
        creator(
            "Paige Turner",
            null,
            "US",
            CreatorKind.INFLUENCER,
            Set.of("en"),
            Set.of("beauty", "lifestyle"),
            null,
            account(Platform.INSTAGRAM, "paige.turns", 910_000, 12_000L, 1_300L, 40L, 10));
    created.add(inactive);
    CreatorDetails unreliable =
        creator(
            "Brandon Hale",
            null,
            "US",
            CreatorKind.INFLUENCER,
            Set.of("en"),
            Set.of("skincare", "men's grooming"),
            null,
            account(Platform.TIKTOK, "brandon.grooms", 72_000, 20_000L, 3_100L, 150L, 30));
    created.add(unreliable);

    history(created);
    LOG.info(() -> "Demo roster seeded: " + created.size() + " creators");
  }

  /** Past campaigns, so vetting and MIXED rates have history to read. */
  private void history(List<CreatorDetails> created) {
    CreatorDetails amara = byName(created, "Dr. Amara Okafor");
    CreatorDetails lena = byName(created, "Lena Fischer");
    CreatorDetails brandon = byName(created, "Brandon Hale");
    CreatorDetails marco = byName(created, "Chef Marco Bellini");
    CreatorDetails emma = byName(created, "Emma Nguyen");
    outcome(
        amara,
        "demo-2024-spf",
        "SPF Awareness 2024",
        Outcome.DELIVERED_ON_TIME,
        "3200.00",
        5,
        "Clear, evidence-based reel; comments full of questions.");
    outcome(
        amara,
        "demo-2025-barrier",
        "Barrier Repair Launch",
        Outcome.DELIVERED_LATE,
        "3500.00",
        4,
        "Two days late because of clinic duty; excellent content.");
    outcome(
        lena,
        "demo-2025-barrier",
        "Barrier Repair Launch",
        Outcome.DELIVERED_ON_TIME,
        "300.00",
        5,
        "Authentic routine video.");
    outcome(
        emma,
        "demo-2025-barrier",
        "Barrier Repair Launch",
        Outcome.DELIVERED_ON_TIME,
        "650.00",
        4,
        null);
    outcome(
        brandon,
        "demo-2024-spf",
        "SPF Awareness 2024",
        Outcome.UNDELIVERED,
        null,
        1,
        "Accepted the product, never posted.");
    outcome(
        brandon, "demo-2025-barrier", "Barrier Repair Launch", Outcome.DECLINED, null, null, null);
    outcome(
        marco,
        "demo-2025-olive",
        "Olive Oil Harvest",
        Outcome.DELIVERED_ON_TIME,
        "18000.00",
        5,
        "Two reels and a live cook-along.");

    set(amara, CreatorStatus.ACTIVE, "Delivered twice; contracted for the next skincare launch.");
    set(byName(created, "Dr. Lukas Brenner"), CreatorStatus.VETTED, "Credentials checked.");
    set(byName(created, "Dr. Mei Tanaka"), CreatorStatus.VETTED, "Credentials checked.");
    set(lena, CreatorStatus.ACTIVE, "Reliable nano creator.");
    set(marco, CreatorStatus.ACTIVE, "Ongoing partnership.");
    set(brandon, CreatorStatus.BLOCKED, "Took product and never posted (SPF Awareness 2024).");
  }

  private void outcome(
      CreatorDetails creator,
      String ref,
      String name,
      Outcome outcome,
      String rate,
      Integer rating,
      String comment) {
    roster.recordOutcome(
        creator.id(),
        new OutcomeDraft(
            ref,
            name,
            outcome,
            rate == null ? null : new BigDecimal(rate),
            rate == null ? null : "USD",
            rating,
            comment));
  }

  private void set(CreatorDetails creator, CreatorStatus status, String reason) {
    CreatorDetails current = roster.get(creator.id());
    roster.setStatus(creator.id(), current.version(), status, reason, SEEDER);
  }

  private static CreatorDetails byName(List<CreatorDetails> created, String name) {
    return created.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  private CreatorDetails kol(
      String name,
      String country,
      Set<String> niches,
      String field,
      String profession,
      String credentials,
      String affiliations,
      String publications,
      boolean verified,
      String verifiedAgainst,
      AccountDraft... accounts) {
    boolean regulated =
        niches.contains("dermatology")
            || niches.contains("personal finance")
            || niches.contains("nutrition");
    return creator(
        name,
        null,
        country,
        CreatorKind.KOL,
        Set.of("en"),
        niches,
        new KolProfileDraft(
            field,
            profession,
            credentials,
            affiliations,
            publications,
            regulated,
            verified ? "Maya Manager" : null,
            verified ? today.minusDays(60) : null,
            verified ? verifiedAgainst : null),
        accounts);
  }

  private CreatorDetails creator(
      String name,
      String email,
      String country,
      CreatorKind kind,
      Set<String> languages,
      Set<String> niches,
      KolProfileDraft kol,
      AccountDraft... accounts) {
    String mail =
        email != null
            ? email
            : name.toLowerCase().replaceAll("[^a-z]+", ".").replaceAll("^\\.|\\.$", "")
                + "@creators.example";
    return roster.create(
        new CreatorDraft(
            name, mail, country, kind, languages, niches, null, "olivia", List.of(accounts), kol),
        SEEDER);
  }

  private AccountDraft account(
      Platform platform,
      String handle,
      long followers,
      Long avgViews,
      Long avgLikes,
      Long avgComments,
      int daysOld) {
    return new AccountDraft(
        platform,
        handle,
        platform == Platform.BLOG || platform == Platform.PODCAST
            ? "https://" + handle + ".example"
            : "https://" + platform.name().toLowerCase() + ".example/" + handle,
        followers,
        avgViews,
        avgLikes,
        avgComments,
        today.minusDays(daysOld));
  }
}
