package be.interfederal.cycle.strategy.mandate;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.domain.StrategyReference;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 1, task recordMandate (form cycle-mandate): the TMD's mandate or priority decision. */
@Component("recordMandate")
class RecordMandate implements FormListener {

  /** Column size of cycle.mandate_scope (V2 migration). */
  static final int SCOPE_LENGTH = 4000;

  private final Cycles cycles;
  private final FormFields fields;

  RecordMandate(Cycles cycles, StrategyReference reference) {
    this.cycles = cycles;
    this.fields = FormFields.of()
        .field("mandateDate", "De datum van de beslissing", "La date de la décision")
        .field("mandateScope", "De opdracht", "Le mandat")
        .choice("scopeCategories", () -> scopeCategories(reference),
            "Minstens één categorie van de scope", "Au moins une catégorie du champ d'application");
  }

  @Override
  public FormFields fields() {
    return fields;
  }

  private static Set<String> scopeCategories(StrategyReference reference) {
    Set<String> known = new TreeSet<>();
    reference.lists().scopeCategories().forEach(e -> known.add(e.key()));
    return known;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    LocalDate date = form.date("mandateDate");
    String scope = form.text("mandateScope", SCOPE_LENGTH);
    Set<String> known = fields.get("scopeCategories").choices().get();
    Set<String> categories = new TreeSet<>(form.strings("scopeCategories"));
    if (categories.isEmpty()) {
      form.missing("scopeCategories");
    } else if (!known.containsAll(categories)) {
      categories.removeAll(known);
      form.problem("Onbekende categorie " + categories, "Catégorie inconnue " + categories);
    }
    if (date != null && date.isAfter(EngineClock.today())) {
      form.problem("De datum van de beslissing ligt in de toekomst", "La date de la décision est dans le futur");
    }
    String key = task.getProcessBusinessKey();
    // the engine's transaction is Spring's: the cycle read here is saved when the task completes
    return () -> {
      Cycle cycle = cycles.cycle(key);
      cycle.recordMandate(date, scope, categories);
      cycle.setStatus(Cycle.Status.SITUATION_ANALYSIS);
    };
  }
}
