package be.interfederal.cycle.strategy.drafting.consultation;

import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.CycleObjective;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.GroupMembership;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Phase 4, task givePosition (form consultation-position.html): one consulted group's positions per objective. */
@Component("recordPosition")
record RecordPosition(Cycles cycles, ConsultationRecords records, GroupMembership membership) implements FormListener {

  private static final FormFields FIELDS = FormFields.of()
      .rows("positions", "De standpunten", "Les positions", Map.of("position", ConsultationPosition.Answer.class));

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    String key = task.getProcessBusinessKey();
    int round = Values.integer(task.getVariable(Variables.ROUND_NUMBER));
    String group = (String) task.getVariable(Variables.CONSULTED_GROUP);
    membership.check(form, group);
    ApprovalSubject subject = ApprovalSubject.of(task);
    Long roundId = records.roundId(key, subject, round);
    String by = Actor.current();
    List<ConsultationPosition> given = new ArrayList<>();
    Set<Integer> objectives = cycles.objectives(key).stream().map(CycleObjective::getNumber).collect(Collectors.toSet());
    Set<Integer> answered = new HashSet<>();
    for (Map<String, Object> row : form.rows("positions")) {
      ConsultationPosition position = position(row, roundId, group, by, form);
      if (position == null) {
        continue;
      }
      int number = position.getObjectiveNumber();
      if (!objectives.contains(number)) {
        form.problem("Doelstelling " + number + " bestaat niet in deze cyclus " + new TreeSet<>(objectives),
            "L'objectif " + number + " n'existe pas dans ce cycle " + new TreeSet<>(objectives));
      } else if (!answered.add(number)) {
        form.problem("Doelstelling " + number + " staat meer dan eens in het formulier",
            "L'objectif " + number + " figure plus d'une fois dans le formulaire");
      } else {
        given.add(position);
      }
    }
    if (!form.hasProblems() && !answered.equals(objectives)) {
      form.problem("Geef een standpunt voor elke strategische doelstelling", "Donnez une position pour chaque objectif stratégique");
    }
    return () -> records.positions(key, subject, round, group, given);
  }

  private static ConsultationPosition position(Map<String, Object> row, Long roundId, String group, String by, FormInput form) {
    Integer objective = Values.integer(row.get("objectiveNumber"));
    String answer = Values.string(row, "position");
    String remarks = Values.string(row, "remarks");
    if (objective == null || answer == null) {
      form.problem("Geef een standpunt voor doelstelling " + (objective == null ? "?" : objective),
          "Donnez une position pour l'objectif " + (objective == null ? "?" : objective));
      return null;
    }
    ConsultationPosition.Answer parsed;
    try {
      parsed = ConsultationPosition.Answer.valueOf(answer);
    } catch (IllegalArgumentException e) {
      form.problem("Ongeldig standpunt '" + answer + "'", "Position non valable '" + answer + "'");
      return null;
    }
    if (parsed != ConsultationPosition.Answer.agree && remarks == null) {
      boolean objection = parsed == ConsultationPosition.Answer.objection;
      form.problem((objection ? "Een bezwaar" : "Akkoord met opmerkingen") + " over doelstelling " + objective + " vraagt een motivering",
          (objection ? "Une objection" : "Un accord avec remarques") + " sur l'objectif " + objective + " doit être motivé(e)");
    }
    if (remarks != null && remarks.length() > ConsultationPosition.REMARKS_LENGTH) {
      form.problem("De opmerkingen over doelstelling " + objective + " zijn langer dan " + ConsultationPosition.REMARKS_LENGTH + " tekens",
          "Les remarques sur l'objectif " + objective + " dépassent " + ConsultationPosition.REMARKS_LENGTH + " caractères");
    }
    return new ConsultationPosition(roundId, group, objective, parsed, remarks, by);
  }
}
