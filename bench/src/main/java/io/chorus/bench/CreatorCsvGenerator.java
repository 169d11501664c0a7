package io.chorus.bench;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

/**
 * Generates fictional creators in the roster's CSV import format, deterministically (same seed,
 * same file): a log-uniform spread of audiences from 500 to 5 million, so every tier is populated;
 * engagement between 0.5% and 8%; about 15% KOLs and 5% both-kind, half of the KOLs verified;
 * niches and countries from small lists so filters match a realistic share of rows.
 */
public final class CreatorCsvGenerator {

  static final String HEADER =
      "name,email,country,kind,languages,niches,platform,handle,followers,avg_views,avg_likes,"
          + "avg_comments,figures_updated_on,kol_field,kol_profession,kol_credentials,"
          + "kol_regulated,kol_verified_by,kol_verified_on,kol_verified_against\n";

  private static final String[] FIRST = {
    "Anna", "Ben", "Chloe", "David", "Elif", "Farah", "Gustav", "Hana", "Ivan", "Julia", "Kenji",
    "Lea", "Marco", "Nia", "Omar", "Paula", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Will",
    "Xenia", "Yusuf", "Zoe"
  };
  private static final String[] LAST = {
    "Meyer", "Okafor", "Tanaka", "Rossi", "Silva", "Novak", "Haddad", "Kim", "Larsen", "Dubois",
    "Garcia", "Nguyen", "Smith", "Kowalski", "Yilmaz", "Costa", "Andersen", "Moreau", "Sato", "Khan"
  };
  private static final String[] NICHES = {
    "skincare",
    "beauty",
    "fitness",
    "nutrition",
    "fintech",
    "personal finance",
    "cloud computing",
    "gaming",
    "food",
    "travel",
    "fashion",
    "parenting",
    "home",
    "tech",
    "wellness",
    "sustainability"
  };
  private static final String[][] EXPERTISE = {
    {"skincare", "Dermatology", "Dermatologist", "MD, board-certified dermatologist", "true"},
    {"nutrition", "Nutrition", "Registered dietitian", "MSc, registered dietitian", "true"},
    {"fintech", "Personal finance", "Financial analyst", "CFA charterholder", "true"},
    {"personal finance", "Personal finance", "Financial planner", "CFP", "true"},
    {"cloud computing", "Cloud architecture", "Engineer", "PhD computer science", "false"},
    {"fitness", "Sports medicine", "Physiotherapist", "BSc physiotherapy", "true"},
    {"food", "Cuisine", "Chef", "Culinary institute diploma", "false"},
    {"tech", "Software", "Engineer", "MSc computer science", "false"}
  };
  private static final String[] COUNTRIES = {
    "US", "GB", "DE", "FR", "ES", "IT", "BR", "IN", "JP", "KR", "NG", "AU", "CA", "MX", "SE", "PL"
  };
  private static final String[] PLATFORMS = {"INSTAGRAM", "TIKTOK", "YOUTUBE", "X", "LINKEDIN"};

  private final Random random;
  private final LocalDate today = LocalDate.now();

  public CreatorCsvGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** Rows {@code from} (inclusive) to {@code to} (exclusive) with the header line. */
  public String rows(int from, int to) {
    StringBuilder csv = new StringBuilder(HEADER.length() + (to - from) * 220);
    csv.append(HEADER);
    for (int i = from; i < to; i++) {
      appendRow(csv, i);
    }
    return csv.toString();
  }

  private void appendRow(StringBuilder csv, int i) {
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = LAST[random.nextInt(LAST.length)];
    double kindDraw = random.nextDouble();
    String kind = kindDraw < 0.80 ? "INFLUENCER" : kindDraw < 0.95 ? "KOL" : "BOTH";
    String niche = NICHES[random.nextInt(NICHES.length)];
    String niche2 = NICHES[random.nextInt(NICHES.length)];
    String niches = niche.equals(niche2) ? niche : niche + "|" + niche2;
    long followers = Math.round(Math.exp(Math.log(500) + random.nextDouble() * Math.log(10_000)));
    double rate = 0.005 + random.nextDouble() * 0.075;
    long likes = Math.round(followers * rate * 0.95);
    long comments = Math.round(followers * rate * 0.05);
    LocalDate figuresOn = today.minusDays(random.nextInt(200));
    String platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
    csv.append(first)
        .append(' ')
        .append(last)
        .append(' ')
        .append(i)
        .append(',')
        .append(first.toLowerCase(Locale.ROOT))
        .append('.')
        .append(i)
        .append("@bench.example,")
        .append(COUNTRIES[random.nextInt(COUNTRIES.length)])
        .append(',')
        .append(kind)
        .append(",en,")
        .append(niches)
        .append(',')
        .append(platform)
        .append(",bench.")
        .append(i)
        .append(',')
        .append(followers)
        .append(',')
        .append(followers / 3)
        .append(',')
        .append(likes)
        .append(',')
        .append(comments)
        .append(',')
        .append(figuresOn)
        .append(',');
    if (kind.equals("INFLUENCER")) {
      csv.append(",,,false,,,\n");
      return;
    }
    String[] expertise = EXPERTISE[random.nextInt(EXPERTISE.length)];
    boolean verified = random.nextBoolean();
    csv.append(expertise[1])
        .append(',')
        .append(expertise[2])
        .append(",\"")
        .append(expertise[3])
        .append("\",")
        .append(expertise[4])
        .append(',');
    if (verified) {
      csv.append("Bench Verifier,")
          .append(today.minusDays(random.nextInt(300)))
          .append(",professional register\n");
    } else {
      csv.append(",,\n");
    }
  }
}
