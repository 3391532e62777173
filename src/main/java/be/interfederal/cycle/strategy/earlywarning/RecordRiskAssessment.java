package be.interfederal.cycle.strategy.earlywarning;

import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Variables;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Task assessRisk (form early-warning-assessment): Sciensano's rapid risk assessment — low, moderate or high, with
 * its reasoning; for moderate and high the governments concerned (at least one) and whether the signal is
 * crime-related, which decide who is informed; whether to notify the EU Early Warning System.
 */
@Component("recordRiskAssessment")
record RecordRiskAssessment(EarlyWarningRecords records, EarlyWarnings earlyWarnings) implements FormListener {

  @Override
  public FormFields fields() {
    return FormFields.of()
        .choice("riskLevel", RiskLevel.class, "Het risiconiveau", "Le niveau de risque")
        .field("riskReasoning", "De motivering", "La motivation")
        .choice("governments", earlyWarnings::governmentIds, "De betrokken overheden", "Les gouvernements concernés")
        .field("crimeRelated", "Criminaliteitsgebonden", "Lié à la criminalité")
        .field("notifyEu", "Melding aan het EU-systeem", "Notification au système de l'UE");
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    RiskLevel level = form.choice("riskLevel", RiskLevel.class);
    String reasoning = form.text("riskReasoning", EarlyWarning.TEXT_LENGTH);
    List<String> governments = form.strings("governments");
    Set<String> known = earlyWarnings.governmentIds();
    List<String> unknown = governments.stream().filter(g -> !known.contains(g)).toList();
    if (!unknown.isEmpty()) {
      form.problem("Onbekende overheid " + unknown, "Gouvernement inconnu " + unknown);
    }
    if (level != null && level != RiskLevel.low && governments.isEmpty()) {
      form.problem("Kies minstens één betrokken overheid bij een matig of hoog risico",
          "Choisissez au moins un gouvernement concerné pour un risque modéré ou élevé");
    }
    boolean crime = form.flag("crimeRelated");
    boolean eu = form.flag("notifyEu");
    String key = task.getProcessBusinessKey();
    int number = records.numberOf(task.getProcessInstanceId());
    String by = Actor.current();
    return () -> {
      records.warning(key, number).assess(level, reasoning, governments, crime, eu, by);
      // the gateways read the checked values, not what was submitted (" high", a missing flag)
      task.getProcessInstance().setVariable(Variables.RISK_LEVEL, level.name());
      task.getProcessInstance().setVariable(Variables.NOTIFY_EU, eu);
      if (level != RiskLevel.low) {
        task.setVariable(Variables.CONCERNED_GROUPS, earlyWarnings.concernedGroups(governments, crime));
        task.setVariable(Variables.RESPONSE_DUE, earlyWarnings.responseDue(level));
      }
    };
  }
}
