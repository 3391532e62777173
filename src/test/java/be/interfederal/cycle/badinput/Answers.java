package be.interfederal.cycle.badinput;

import static be.interfederal.cycle.support.CycleDriver.action;
import static be.interfederal.cycle.support.CycleDriver.actions;
import static be.interfederal.cycle.support.CycleDriver.indicator;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.support.CycleDriver;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;

/**
 * A good answer to every kind of task of a cycle and of its early warnings, as its users give it in Tasklist: the
 * submission each bad input of the catalogue is a variation of. Answers that depend on the task (the rows a form
 * starts from) read its variables.
 */
final class Answers {

  private final Map<String, Function<Task, Map<String, Object>>> answers = new HashMap<>();
  private final CycleDriver cycle;
  private final TaskService tasks;
  private final int objectives;
  private String proposer;

  Answers(CycleDriver cycle, TaskService tasks, int objectives) {
    this.cycle = cycle;
    this.tasks = tasks;
    this.objectives = objectives;
    strategy();
    plans();
    monitoringAndEvaluation();
    earlyWarning();
  }

  Map<String, Object> to(Task task) {
    Function<Task, Map<String, Object>> answer = answers.get(task.getTaskDefinitionKey());
    if (answer == null) {
      throw new AssertionError("No answer for a task " + task.getTaskDefinitionKey());
    }
    return answer.apply(task);
  }

  private void strategy() {
    answers.put("recordMandate", t -> CycleDriver.mandate());
    answers.put("deliverContribution", t -> CycleDriver.contribution());
    answers.put("recordForesight", t -> CycleDriver.foresight());
    answers.put("consolidateAnalysis", t -> Map.of("consolidation", "Consolidatie van de analyse."));
    answers.put("validateAnalysis", t -> Map.of("analysisDecision", "validated"));
    answers.put("recommendOnObjective", t -> Map.of("recommendationNl", "Aanbeveling", "recommendationFr", "Recommandation"));
    answers.put("validateRecommendations", t -> Map.of("panelDecision", "complete"));
    answers.put("draftStrategy", t -> CycleDriver.draft(EngineClock.today().plusDays(21)));
    answers.put("givePosition", t -> CycleDriver.positions("agree", null, objectives));
    answers.put("followUpOverduePosition", t -> Map.of("followUpNote", "Kabinet telefonisch gecontacteerd."));
    answers.put("closeDrafting", t -> Map.of("decisionProposal", "De TVD keurt de strategie goed."));
    answers.put("scheduleMeeting", t -> Map.of("meetingDate", EngineClock.today().plusDays(10).toString()));
    answers.put("recordMinisterPosition", t -> Map.of("ministerPosition", "endorse"));
    answers.put("recordTmdDecision", t -> {
      Map<String, Object> decision = new LinkedHashMap<>();
      decision.put("tmdDecision", "approved");
      decision.put("tmdRemarks", null);
      return decision;
    });
    answers.put("startNextCycle", t -> Map.of("nextCycleTitle", "Interfederale drugsstrategie 2034–2037",
        "nextPeriodStart", 2034, "nextPeriodEnd", 2037));
  }

  private void plans() {
    answers.put("draftCndcActions", t -> actions(List.of(action("Havens beveiligen tegen drugssmokkel", List.of("3.1"),
        "2030-01-01", "2031-12-31", 1250000))));
    answers.put("followUpLateCndcPlan", t -> Map.of("followUpNote", "Commissaris gebeld; plan volgt deze week."));
    answers.put("checkCndcCoherence", t -> Map.of("coherenceDecision", "accepted"));
    // one group proposes an action, so that the monitoring rounds have an owner to ask; the others none
    answers.put("proposeActions", t -> {
      proposer = proposer == null ? t.getId() : proposer;
      return actions(proposer.equals(t.getId()) ? List.of(action("Preventie op school", List.of("1.2"), "2030-09-01", "2031-06-30", 400000))
          : List.of());
    });
    // the proposer's name is shown beside each action and not read back: it is no input
    answers.put("consolidateActionPlan", t -> actions(rows(t, "actions").stream().peek(row -> row.remove("proposedByName"))
        .toList()));
    answers.put("closeActionPlan", t -> Map.of("decisionProposal", "De TVD keurt het actieplan goed.",
        "coverageMotivation", "De overige doelstellingen krijgen acties na de M&E-strategie."));
    answers.put("draftMeStrategy", t -> CycleDriver.meStrategy(List.of(
        indicator("Cannabisgebruik laatste jaar", "1.1", "sciensano", "7.6", 2023),
        indicator("Leerlingen die ooit cannabis gebruikten", "1.2", "vad", "15", 2022))));
    answers.put("confirmIndicators", t -> Map.of("indicatorConfirmation", "confirmed"));
    answers.put("givePanelOpinion", t -> Map.of("panelOpinionNl", "Voeg ervaringsdeskundigheid toe.",
        "panelOpinionFr", "Ajoutez l'expertise du vécu."));
  }

  private void monitoringAndEvaluation() {
    answers.put("deliverIndicatorValues", t -> cycle.indicatorValues(t, row -> row.get("baseline")));
    answers.put("reportActionProgress", t -> cycle.actionProgress(t, "onTrack", null, 1000));
    answers.put("consolidateMonitoring", t -> Map.of("summaryNl", "De indicatoren dalen.",
        "summaryFr", "Les indicateurs baissent.", "amendmentProposed", false));
    answers.put("validateMonitoringReport", t -> Map.of("monitoringValidation", "validated"));
    answers.put("takeNoteOfMonitoringReport", t -> Map.of("notedOn", EngineClock.today().toString(), "noteRemarks", ""));
    answers.put("commissionEvaluation", t -> Map.of("evaluator", "UGent, UCLouvain en KU Leuven", "belspoFunded", true,
        "deliveryDue", EngineClock.today().plusMonths(6).toString()));
    answers.put("deliverEvaluation", t -> Map.of("findingsNl", "Bevindingen", "findingsFr", "Constats",
        "recommendationsNl", "Aanbevelingen", "recommendationsFr", "Recommandations"));
    answers.put("respondToEvaluation", t -> Map.of("responseNl", "Antwoord", "responseFr", "Réponse"));
    answers.put("takeNoteOfEvaluation", t -> Map.of("notedOn", EngineClock.today().toString(), "noteRemarks", ""));
  }

  private void earlyWarning() {
    answers.put("assessRisk", t -> {
      Map<String, Object> form = new LinkedHashMap<>();
      form.put("riskLevel", "high");
      form.put("riskReasoning", "Zeer potente synthetische opioïden; verspreid via online verkoop.");
      form.put("governments", List.of("flemish"));
      form.put("crimeRelated", true);
      form.put("notifyEu", true);
      return form;
    });
    answers.put("followUpLateAssessment", t -> Map.of("followUpNote", "Sciensano gebeld."));
    answers.put("acknowledgeWarning", t -> Map.of("measuresTaken", "Artsen en spoeddiensten verwittigd."));
    answers.put("followUpLateResponse", t -> Map.of("followUpNote", "Kabinet telefonisch gecontacteerd."));
    answers.put("draftWarningCommunication", t -> Map.of("communicationNl", "Waarschuwing.",
        "communicationFr", "Avertissement."));
    answers.put("approveWarningCommunication", t -> Map.of("communicationDecision", "approved"));
    answers.put("notifyEuWarningSystem", t -> Map.of("euNotifiedOn", EngineClock.today().toString(),
        "euReference", "EU-EWS-2030-117"));
  }

  /** The signal an early warning starts with. */
  static Map<String, Object> signal() {
    return Map.of("substance", "Nitazenen in namaak-oxycodon",
        "signalDescription", "Drie intoxicaties met ademhalingsdepressie na gebruik van valse oxycodontabletten.",
        "signalSource", "Toxicologisch labo UZ Gent", "signalDate", EngineClock.today().minusDays(1).toString(),
        "geography", "Antwerpen, Gent");
  }

  /** The start form of a cycle (its business key travels beside it). */
  static Map<String, Object> cycleStart() {
    return Map.of("title", CycleDriver.TITLE, "periodStart", 2030, "periodEnd", 2033);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(Task task, String variable) {
    Object value = tasks.getVariable(task.getId(), variable);
    return value instanceof SpinJsonNode json ? json.mapTo(List.class) : (List<Map<String, Object>>) value;
  }
}
