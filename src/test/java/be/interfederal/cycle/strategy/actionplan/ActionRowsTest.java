package be.interfederal.cycle.strategy.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.strategy.process.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules for an action, without the engine. */
class ActionRowsTest {

  private static final ActionRows.Context CONTEXT = new ActionRows.Context(Set.of("3.1", "3.4", "3.10"), 2030, 2031,
      Set.of("federal", "flemish"), Map.of("verlinden", Set.of("federal"), "gennez", Set.of("flemish")),
      Set.of("prevention", "repression"), Set.of("illegalDrugs", "legalDrugs"));

  private static Map<String, Object> row() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("titleNl", "Havens beveiligen");
    row.put("titleFr", "Sécuriser les ports");
    row.put("objectives", List.of("3.10", "3.1", "3.1"));
    row.put("leadGovernment", "federal");
    row.put("leadMinister", "verlinden");
    row.put("start", "2030-01-01");
    row.put("end", "2031-12-31T00:00:00");
    row.put("budget", "1250000,5");
    row.put("pillar", "repression");
    row.put("scopeCategory", "illegalDrugs");
    row.put("existingPlan", "gambling");
    return row;
  }

  private static ActionRows.Result read(Map<String, Object> changes) {
    Map<String, Object> row = new HashMap<>(row());
    row.putAll(changes);
    return ActionRows.read(List.of(row), CONTEXT);
  }

  @Test
  void aCompleteActionIsReadWithItsObjectivesOnceEachAndItsBudgetInEuroCents() {
    ActionRows.Result result = ActionRows.read(List.of(row()), CONTEXT);

    assertThat(result.problems()).isEmpty();
    Action action = result.actions().get(0);
    assertThat(action.objectives()).containsExactly("3.10", "3.1");
    assertThat(action.budget()).isEqualByComparingTo(new BigDecimal("1250000.50"));
    assertThat(action.end()).isEqualTo(LocalDate.of(2031, 12, 31));
    assertThat(action.existingPlan()).isEqualTo(ExistingPlan.gambling);
  }

  @Test
  void everyRuleIsExplainedInDutchAndFrenchWithTheActionsNumber() {
    Map<String, Object> bad = new HashMap<>();
    bad.put("titleFr", null);
    bad.put("objectives", "3.1, 9.9");
    bad.put("leadGovernment", "flemish");
    bad.put("start", "2031-05-01");
    bad.put("end", "2030-02-01");
    bad.put("budget", "-1");
    bad.put("pillar", "tax");
    bad.put("existingPlan", "lottery");

    ActionRows.Result result = read(bad);

    assertThat(result.actions()).isEmpty();
    assertThat(result.problems()).extracting(Problem::nl).containsExactly(
        "Actie 1: de titel in het Nederlands en het Frans is verplicht",
        "Actie 1: onbekende specifieke doelstelling(en) [9.9] in deze cyclus",
        "Actie 1: de minister is niet bevoegd binnen de trekkende overheid",
        "Actie 1: het einde ligt voor het begin",
        "Actie 1: het budget moet een bedrag in euro zijn van 0 tot 999999999999.99, op de cent",
        "Actie 1: onbekende waarde 'tax' voor de pijler",
        "Actie 1: onbekend bestaand plan 'lottery'");
    assertThat(result.problems()).extracting(Problem::fr).contains(
        "Action 1 : le budget doit être un montant en euros de 0 à 999999999999.99, au centime près",
        "Action 1 : la fin précède le début");
  }

  @Test
  void datesOutsideThePeriodMissingFieldsAndOverlongTextsAreRefused() {
    assertThat(read(Map.of("end", "2032-01-01")).problems()).extracting(Problem::nl)
        .containsExactly("Actie 1: 2032-01-01 ligt buiten de periode 2030–2031");
    assertThat(read(Map.of("start", "1 januari")).problems()).extracting(Problem::fr)
        .containsExactly("Action 1 : le début n'est pas une date (AAAA-MM-JJ) : '1 januari'");
    assertThat(read(Map.of("objectives", List.of(), "leadGovernment", "", "scopeCategory", "")).problems())
        .extracting(Problem::nl).containsExactly(
            "Actie 1: kies minstens één specifieke doelstelling",
            "Actie 1: de trekkende overheid is verplicht",
            "Actie 1: de categorie is verplicht");
    assertThat(read(Map.of("titleNl", "x".repeat(ActionRows.TITLE_LENGTH + 1), "partners", "p".repeat(2001))).problems())
        .extracting(Problem::nl).containsExactly(
            "Actie 1: een titel is hoogstens 1000 tekens", "Actie 1: de partners zijn hoogstens 2000 tekens");
    assertThat(read(Map.of("budget", "0.001")).problems()).hasSize(1);
    assertThat(read(Map.of("budget", "veel")).problems()).extracting(Problem::nl)
        .containsExactly("Actie 1: het budget is geen bedrag: 'veel'");
    assertThat(read(Map.of("leadMinister", "nobody")).problems()).extracting(Problem::nl)
        .containsExactly("Actie 1: onbekende minister 'nobody'");
  }
}
