package be.interfederal.cycle.strategy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.mestrategy.IndicatorKind;
import be.interfederal.cycle.strategy.process.Problem;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules of the monitoring forms' rows, without the engine. */
class MonitoringRowsTest {

  private static final List<IndicatorValueRows.Asked> ASKED = List.of(
      new IndicatorValueRows.Asked(1, IndicatorKind.quantitative, "1.1 Cannabisgebruik", true),
      new IndicatorValueRows.Asked(2, IndicatorKind.qualitative, "2.4 Kwaliteit van de zorg", true),
      new IndicatorValueRows.Asked(3, IndicatorKind.quantitative, "5.1 Signalen van nieuwe stoffen", false));

  private static final List<ProgressRows.Owned> OWNED = List.of(
      new ProgressRows.Owned(ActionPlanKind.cndc, 1, "Havens beveiligen", "Sécuriser les ports", "cndc"),
      new ProgressRows.Owned(ActionPlanKind.cndc, 2, "Witwassen aanpakken", "Lutter contre le blanchiment", "cndc"));

  @Test
  void everyIndicatorAskedGetsAValueANumberWhenQuantitativeInOneNotation() {
    IndicatorValueRows.Result ok = IndicatorValueRows.read(List.of(value(1, "7,10", null), value(2, "Verbeterd", "Enquête"),
        value(3, null, null)), ASKED);
    assertThat(ok.problems()).as("an ad hoc indicator may be left empty").isEmpty();
    assertThat(ok.values()).extracting(IndicatorValueRows.Delivered::value).containsExactly("7.1", "Verbeterd");
    assertThat(IndicatorValueRows.read(List.of(value(1, "NaN", null), value(2, "x", null), value(3, "1e3", null)), ASKED)
        .problems()).extracting(Problem::nl).containsExactly("1.1 Cannabisgebruik: 'NaN' is geen getal",
            "5.1 Signalen van nieuwe stoffen: '1e3' is geen getal");

    IndicatorValueRows.Result bad = IndicatorValueRows.read(List.of(value(1, "veel", null), value(9, "3", null),
        value(1, "3", null)), ASKED);
    assertThat(bad.problems()).extracting(Problem::nl).containsExactly("1.1 Cannabisgebruik: 'veel' is geen getal",
        "Indicator 9 wordt u niet gevraagd (of staat er twee keer)", "Indicator 1 wordt u niet gevraagd (of staat er twee keer)",
        "2.4 Kwaliteit van de zorg: geen waarde geleverd");
    assertThat(bad.problems()).extracting(Problem::fr).contains("1.1 Cannabisgebruik : 'veel' n'est pas un nombre");
    assertThat(IndicatorValueRows.read(List.of(value(1, "1".repeat(201), null), value(2, "", null)), ASKED).problems())
        .extracting(Problem::nl).containsExactly("1.1 Cannabisgebruik: een waarde is hoogstens 200 tekens, een toelichting 1000",
            "2.4 Kwaliteit van de zorg: de waarde is verplicht");
  }

  @Test
  void everyOwnedActionGetsAStatusAReasonWhenDelayedOrDroppedAndNoNegativeBudget() {
    ProgressRows.Result ok = ProgressRows.read(List.of(progress(1, "delayed", "Aanbesteding loopt.", "1250,5"),
        progress(2, "done", null, null)), OWNED);
    assertThat(ok.problems()).isEmpty();
    assertThat(ok.reported()).extracting(Progress::budgetSpent).containsExactly(new BigDecimal("1250.50"), null);
    assertThat(ok.reported()).extracting(Progress::titleFr).containsExactly("Sécuriser les ports", "Lutter contre le blanchiment");

    ProgressRows.Result bad = ProgressRows.read(List.of(progress(1, "dropped", null, null), progress(2, "onTrack", null, -1)),
        OWNED);
    assertThat(bad.problems()).extracting(Problem::nl).containsExactly(
        "Havens beveiligen: geef de reden waarom de actie vertraagd of geschrapt is",
        "Witwassen aanpakken: het bestede budget is een bedrag in euro van 0 of meer");
    assertThat(bad.problems()).extracting(Problem::fr).containsExactly(
        "Sécuriser les ports : indiquez pourquoi l'action est retardée ou abandonnée",
        "Lutter contre le blanchiment : le budget dépensé est un montant en euros de 0 ou plus");
    assertThat(ProgressRows.read(List.of(progress(1, "finished", null, null)), OWNED).problems()).extracting(Problem::nl)
        .containsExactly("Havens beveiligen: kies de stand van zaken", "Witwassen aanpakken: geen stand van zaken gemeld");
    assertThat(ProgressRows.read(List.of(progress(1, "onTrack", null, "1e15"), progress(2, "onTrack", "x".repeat(1001), null)),
        OWNED).problems()).hasSize(2);
  }

  private static Map<String, Object> value(long id, String value, String note) {
    Map<String, Object> row = new HashMap<>();
    row.put("indicatorId", id);
    row.put("value", value);
    row.put("note", note);
    return row;
  }

  private static Map<String, Object> progress(int position, String status, String reason, Object budget) {
    Map<String, Object> row = new HashMap<>();
    row.put("plan", "cndc");
    row.put("position", position);
    row.put("status", status);
    row.put("reason", reason);
    row.put("budgetSpent", budget);
    return row;
  }
}
