package io.chorus.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void medianAndP95ByNearestRank() {
    double[] samples = new double[100];
    for (int i = 0; i < 100; i++) {
      samples[i] = 100 - i; // 100..1, unsorted on purpose
    }
    Stats stats = Stats.of(samples);
    assertThat(stats.median()).isEqualTo(50);
    assertThat(stats.p95()).isEqualTo(95);
    assertThat(stats.min()).isEqualTo(1);
    assertThat(stats.max()).isEqualTo(100);
  }

  @Test
  void noSamplesIsAnError() {
    assertThatThrownBy(() -> Stats.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tablePrintsOneAlignedLinePerResult() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TablePrinter.print(
        List.of(
            new Result(
                "roster-search", "niche+tier", Stats.of(new double[] {4, 6}), "≤ 100 ms", "")),
        new PrintStream(out, true, StandardCharsets.UTF_8));
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).contains("roster-search").contains("4.0").contains("6.0");
    assertThat(lines.get(0).length()).isEqualTo(lines.get(2).length());
  }

  @Test
  void generatedCsvIsDeterministicAndHasOneRowPerCreator() {
    String a = new CreatorCsvGenerator(7).rows(0, 50);
    String b = new CreatorCsvGenerator(7).rows(0, 50);
    assertThat(a).isEqualTo(b);
    assertThat(a.lines()).hasSize(51);
    long columns = CreatorCsvGenerator.HEADER.chars().filter(c -> c == ',').count();
    // No generated cell contains a comma outside quotes except the quoted credentials.
    a.lines()
        .skip(1)
        .forEach(
            line ->
                assertThat(line.replaceAll("\"[^\"]*\"", "x").chars().filter(c -> c == ',').count())
                    .isEqualTo(columns));
  }

  @Test
  void optionsReadPairsFlagsAndSmokeDefaults() {
    Options options = Options.parse(new String[] {"x", "--creators", "1_000", "--smoke"}, 1);
    assertThat(options.integer("creators", 5)).isEqualTo(1000);
    assertThat(options.integer("rounds", 200, 15)).isEqualTo(15);
    assertThat(options.flag("keep")).isFalse();
  }
}
