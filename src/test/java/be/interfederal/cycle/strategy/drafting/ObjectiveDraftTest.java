package be.interfederal.cycle.strategy.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.strategy.process.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the drafted strategic objectives, without the engine. */
class ObjectiveDraftTest {

  private static final List<Integer> NUMBERS = List.of(1, 2);

  @Test
  void theRowsAFormStartsFromCarryCodesByPlaceAndReadBackToTheSameObjectives() {
    List<ObjectiveDraft.Objective> current = List.of(
        new ObjectiveDraft.Objective(1, new LocalizedText("Preventie", "Prévention", "Prevention"),
            List.of(new LocalizedText("Op school", "À l'école", null), new LocalizedText("Online", "En ligne", "Online"))),
        new ObjectiveDraft.Objective(2, new LocalizedText("Zorg", "Soins", null), List.of(new LocalizedText("Herstel", "Rétablissement", null))));

    List<Map<String, Object>> rows = ObjectiveDraft.rows(current);
    ObjectiveDraft.Result read = ObjectiveDraft.read(rows, NUMBERS);

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> specifics = (List<Map<String, Object>>) rows.get(0).get("specifics");
    assertThat(specifics).extracting(s -> s.get("code")).containsExactly("1.1", "1.2");
    assertThat(read.problems()).isEmpty();
    assertThat(read.objectives()).isEqualTo(current);
  }

  @Test
  void rowsInAnotherOrderComeBackByNumberAndEnglishStaysOptional() {
    ObjectiveDraft.Result read = ObjectiveDraft.read(List.of(
        row(2, "Zorg", "Soins", specific("Herstel", "Rétablissement")),
        row(1, "Preventie", "Prévention", specific("Op school", "À l'école"), specific("Online", "En ligne"))), NUMBERS);

    assertThat(read.problems()).isEmpty();
    assertThat(read.objectives()).extracting(ObjectiveDraft.Objective::number).containsExactly(1, 2);
    assertThat(read.objectives().get(0).specifics().get(1).getEn()).isNull();
  }

  @Test
  void everyProblemIsNamedInBothLanguagesAndNothingIsReturned() {
    ObjectiveDraft.Result read = ObjectiveDraft.read(List.of(
        row(1, "Preventie", "", specific("Op school", null)),
        row(1, "Preventie", "Prévention", specific("Op school", "À l'école")),
        row(7, "Nieuw", "Nouveau", specific("x", "y"))), NUMBERS);

    assertThat(read.objectives()).isEmpty();
    assertThat(read.problems()).extracting(Problem::nl).containsExactly(
        "De titel van strategische doelstelling 1 (Frans) is verplicht",
        "Specifieke doelstelling 1.1 (Frans) is verplicht",
        "Strategische doelstelling 1 staat er twee keer",
        "Onbekende strategische doelstelling 7",
        "Strategische doelstelling 2 ontbreekt");
    assertThat(read.problems()).extracting(Problem::fr).contains(
        "L'objectif spécifique 1.1 (français) est obligatoire", "L'objectif stratégique 2 manque");
  }

  @Test
  void anObjectiveWithoutSpecificObjectivesOrWithATooLongTitleIsRefused() {
    ObjectiveDraft.Result read = ObjectiveDraft.read(List.of(
        row(1, "P".repeat(ObjectiveDraft.TITLE_LENGTH + 1), "Prévention"),
        row(2, "Zorg", "Soins", specific("Herstel", "Rétablissement"))), NUMBERS);

    assertThat(read.problems()).extracting(Problem::nl).containsExactly(
        "De titel van strategische doelstelling 1: hoogstens 1000 tekens (1001 ontvangen)",
        "Strategische doelstelling 1 heeft minstens één specifieke doelstelling nodig");
  }

  @SafeVarargs
  private static Map<String, Object> row(int number, String nl, String fr, Map<String, Object>... specifics) {
    return new java.util.HashMap<>(Map.of("number", number, "titleNl", nl, "titleFr", fr,
        "specifics", new ArrayList<>(List.of(specifics))));
  }

  private static Map<String, Object> specific(String nl, String fr) {
    Map<String, Object> specific = new java.util.HashMap<>();
    specific.put("titleNl", nl);
    specific.put("titleFr", fr);
    return specific;
  }
}
