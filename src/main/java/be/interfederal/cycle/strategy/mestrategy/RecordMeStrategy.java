package be.interfederal.cycle.strategy.mestrategy;

import be.interfederal.cycle.directory.DirectoryGroup;
import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.directory.GroupRole;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.CycleObjective;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 6, task draftMeStrategy (form me-strategy.html): the GDPC secretariat's M&E strategy — its indicators and the
 * calendar of the yearly monitoring rounds and of the mid-term and final evaluations, all within the period.
 */
@Component("recordMeStrategy")
record RecordMeStrategy(Cycles cycles, DirectoryGroupRepository groups, MeStrategyRecords records) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .rows("indicators", "Minstens één indicator", "Au moins un indicateur",
          Map.of("kind", IndicatorKind.class, "frequency", Frequency.class))
      .field("monitoringDay", "De dag van de jaarlijkse monitoringronde (MM-DD)", "Le jour du tour de suivi annuel (MM-JJ)")
      .field("midTermEvaluation", "De tussentijdse evaluatie", "L'évaluation intermédiaire")
      .field("finalEvaluation", "De eindevaluatie", "L'évaluation finale");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String key = task.getProcessBusinessKey();
    Cycle cycle = cycles.cycle(key);
    Set<String> codes = cycles.specificObjectives(key).stream().map(CycleObjective.Specific::getCode)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> providers = groups.findByRole(GroupRole.DATA_PROVIDER).stream().map(DirectoryGroup::getId)
        .collect(Collectors.toSet());
    IndicatorRows.Result indicators = IndicatorRows.read(form.rows("indicators"),
        new IndicatorRows.Context(codes, cycle.getPeriodStart(), cycle.getPeriodEnd(), providers));
    indicators.problems().forEach(p -> form.problem(p.nl(), p.fr()));
    if (indicators.indicators().isEmpty() && !form.hasProblems()) {
      form.missing("indicators");
    }
    String day = form.text("monitoringDay");
    if (day != null && !validDay(day)) {
      form.problem("'" + day + "' is geen dag (MM-DD)", "'" + day + "' n'est pas un jour (MM-JJ)");
    }
    LocalDate midTerm = form.date("midTermEvaluation");
    LocalDate last = form.date("finalEvaluation");
    LocalDate first = LocalDate.of(cycle.getPeriodStart(), 1, 1);
    LocalDate end = LocalDate.of(cycle.getPeriodEnd(), 12, 31);
    if (midTerm != null && last != null && (midTerm.isBefore(first) || last.isAfter(end) || !midTerm.isBefore(last))) {
      form.problem("De evaluaties vallen binnen de periode " + cycle.getPeriodStart() + "–" + cycle.getPeriodEnd()
              + ", de tussentijdse vóór de eindevaluatie",
          "Les évaluations tombent dans la période " + cycle.getPeriodStart() + "–" + cycle.getPeriodEnd()
              + ", l'intermédiaire avant la finale");
    }
    String by = Actor.current();
    return () -> records.draft(key, indicators.indicators(), day, midTerm, last, by);
  }

  private static boolean validDay(String day) {
    try {
      MonthDay.parse("--" + day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
