package be.interfederal.cycle.strategy.mestrategy;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.process.Problem;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules for an indicator of the M&E strategy, without the engine. */
class IndicatorRowsTest {

  private static final IndicatorRows.Context CONTEXT = new IndicatorRows.Context(Set.of("1.1", "3.10"), 2030, 2033,
      Set.of("sciensano", "djsoc"));

  private static IndicatorRows.Result read(Map<String, Object> changes) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("titleNl", "Cannabisgebruik laatste jaar");
    row.put("titleFr", "Usage de cannabis au cours de la dernière année");
    row.put("objective", "1.1");
    row.put("kind", "quantitative");
    row.put("provider", "sciensano");
    row.put("baseline", "7,6");
    row.put("baselineYear", "2023");
    row.put("frequency", "yearly");
    row.put("eudaComparable", "true");
    Map<String, Object> changed = new HashMap<>(row);
    changed.putAll(changes);
    return IndicatorRows.read(List.of(changed), CONTEXT);
  }

  @Test
  void aCompleteIndicatorIsRead() {
    IndicatorRows.Result result = read(Map.of());

    assertThat(result.problems()).isEmpty();
    Indicator indicator = result.indicators().get(0);
    assertThat(indicator.baselineYear()).isEqualTo(2023);
    assertThat(indicator.eudaComparable()).isTrue();
    assertThat(indicator.frequency()).isEqualTo(Frequency.yearly);
    assertThat(read(Map.of("kind", "qualitative", "baseline", "Geen structurele opvolging")).problems()).isEmpty();
  }

  @Test
  void everyRuleIsExplainedInDutchAndFrench() {
    Map<String, Object> bad = new HashMap<>();
    bad.put("objective", "9.9");
    bad.put("provider", "belspo");
    bad.put("baselineYear", 2040);
    bad.put("frequency", "monthly");

    assertThat(read(bad).problems()).extracting(Problem::nl).containsExactly(
        "Indicator 1: onbekende specifieke doelstelling '9.9' in deze cyclus",
        "Indicator 1: 'belspo' is geen gegevensleverancier",
        "Indicator 1: basisjaar 2040 ligt buiten 1990–2033",
        "Indicator 1: kies de soort (kwantitatief of kwalitatief) en de frequentie");
    assertThat(read(Map.of("baseline", "veel")).problems()).extracting(Problem::fr)
        .containsExactly("Indicateur 1 : un indicateur quantitatif a un nombre comme valeur de référence");
    Map<String, Object> missing = new HashMap<>();
    missing.put("titleFr", null);
    missing.put("provider", null);
    missing.put("target", "x".repeat(201));
    assertThat(read(missing).problems()).extracting(Problem::nl).containsExactly(
        "Indicator 1: titel (NL en FR), basiswaarde en basisjaar zijn verplicht",
        "Indicator 1: een titel is hoogstens 1000 tekens, een waarde 200",
        "Indicator 1: de gegevensleverancier is verplicht");
  }
}
