package be.interfederal.cycle.cycle;

import be.interfederal.cycle.cycle.data.ConsultationFollowUp;
import be.interfederal.cycle.cycle.data.ConsultationPosition;
import be.interfederal.cycle.cycle.data.Contribution;
import be.interfederal.cycle.cycle.data.Cycle;
import be.interfederal.cycle.cycle.data.ForesightTrend;
import be.interfederal.cycle.cycle.data.MinisterPosition;
import be.interfederal.cycle.cycle.data.TmdMeeting;
import be.interfederal.cycle.directory.LocalizedText;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * What happens when a user task of the cycle is completed, one bean per task, named as the models call them
 * ({@code ${recordContribution}}). Each reads its form with {@link FormInput}, refuses bad input and hands the
 * record to {@link CycleRecords}.
 *
 * <p>They are execution listeners on the user task's "end" event rather than task listeners: the engine wraps
 * whatever a task listener throws, which the REST API turns into a 500, while a {@code FormFieldValidationException}
 * from an execution listener reaches it as it is and becomes a 400 with the message. The transaction rolls back
 * and the task stays open either way. A cancelled task (a deleted cycle) is not a submission and is not checked.
 */
public final class TaskRecorders {

  private TaskRecorders() {}

  static String cycleKey(DelegateExecution execution) {
    return execution.getProcessBusinessKey();
  }

  static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CycleQueries.BRUSSELS);
  }

  static Integer integer(Object value) {
    if (value instanceof Number n) {
      return n.intValue();
    }
    if (value != null && !value.toString().isBlank()) {
      try {
        return (int) Double.parseDouble(value.toString().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static Double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value != null && !value.toString().isBlank()) {
      try {
        return Double.parseDouble(value.toString().trim().replace(',', '.'));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  static String string(Map<String, Object> row, String key) {
    Object value = row.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  /** Phase 1: the TMD's mandate. */
  @Component("recordMandate")
  static class RecordMandate implements ExecutionListener {
    private final CycleRecords records;
    private final StrategyReference reference;

    RecordMandate(CycleRecords records, StrategyReference reference) {
      this.records = records;
      this.reference = reference;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      LocalDate date = form.date("mandateDate", "De datum van de beslissing", "La date de la décision");
      String scope = form.text("mandateScope", "De opdracht", "Le mandat");
      Set<String> known = new TreeSet<>();
      reference.lists().scopeCategories().forEach(e -> known.add(e.key()));
      Set<String> categories = new TreeSet<>(form.strings("scopeCategories"));
      if (categories.isEmpty()) {
        form.missing("scopeCategories", "Minstens één categorie van de scope", "Au moins une catégorie du champ d'application");
      } else if (!known.containsAll(categories)) {
        categories.removeAll(known);
        form.problem("scopeCategories", "Onbekende categorie " + categories, "Catégorie inconnue " + categories);
      }
      if (date != null && date.isAfter(today())) {
        form.problem("mandateDate", "De datum van de beslissing ligt in de toekomst", "La date de la décision est dans le futur");
      }
      form.check();
      records.mandate(cycleKey(task), date, scope, categories);
    }
  }

  /** Phase 2: a data provider's contribution. */
  @Component("recordContribution")
  static class RecordContribution implements ExecutionListener {
    static final Set<String> METHODS = Set.of("survey", "register", "wastewater", "seizures", "treatmentData", "other");
    static final int FIRST_DATA_YEAR = 1990;
    private final CycleRecords records;

    RecordContribution(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      Cycle cycle = records.cycle(cycleKey(task));
      List<Contribution.Indicator> indicators = new ArrayList<>();
      List<Map<String, Object>> rows = form.rows("indicators");
      if (rows.isEmpty()) {
        form.missing("indicators", "Minstens één indicator", "Au moins un indicateur");
      }
      int line = 0;
      for (Map<String, Object> row : rows) {
        line++;
        String name = string(row, "name");
        Double value = number(row.get("value"));
        Integer year = integer(row.get("year"));
        String source = string(row, "source");
        String method = string(row, "method");
        if (name == null || value == null || year == null || source == null || method == null) {
          form.problem("indicators", "Indicator " + line + ": naam, waarde, jaar, bron en methode zijn verplicht",
              "Indicateur " + line + " : nom, valeur, année, source et méthode sont obligatoires");
          continue;
        }
        if (year < FIRST_DATA_YEAR || year > cycle.getPeriodEnd()) {
          form.problem("indicators", "Indicator " + line + ": jaar " + year + " ligt buiten " + FIRST_DATA_YEAR + "–" + cycle.getPeriodEnd(),
              "Indicateur " + line + " : l'année " + year + " est hors de " + FIRST_DATA_YEAR + "–" + cycle.getPeriodEnd());
        }
        if (!METHODS.contains(method)) {
          form.problem("indicators", "Indicator " + line + ": onbekende methode '" + method + "'",
              "Indicateur " + line + " : méthode inconnue '" + method + "'");
        }
        indicators.add(new Contribution.Indicator(name, value, string(row, "unit"), year, source, method,
            Boolean.TRUE.equals(row.get("eudaComparable")) || "true".equals(String.valueOf(row.get("eudaComparable")))));
      }
      form.check();
      records.contribution(cycle.getBusinessKey(), (String) task.getVariable("dataProvider"), indicators,
          form.optionalText("dataGaps"), Actor.current());
    }
  }

  /** Phase 2: the foresight exercise. */
  @Component("recordForesight")
  static class RecordForesight implements ExecutionListener {
    static final Set<String> PRIORITIES = Set.of("high", "lower");
    private final CycleRecords records;

    RecordForesight(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      List<ForesightTrend> trends = new ArrayList<>();
      for (Map<String, Object> row : form.rows("trends")) {
        String trend = string(row, "trend");
        String priority = string(row, "priority");
        if (trend == null || priority == null || !PRIORITIES.contains(priority)) {
          form.problem("trends", "Elke trend heeft een omschrijving en een prioriteit (hoog/lager)",
              "Chaque tendance a une description et une priorité (haute/moindre)");
        } else {
          trends.add(new ForesightTrend(trend, priority));
        }
      }
      if (trends.isEmpty() && !form.hasProblems()) {
        form.missing("trends", "Minstens één trend", "Au moins une tendance");
      }
      LocalDate workshop = form.date("workshopDate", "De datum van de validatieworkshop", "La date de l'atelier de validation");
      form.check();
      records.foresight(cycleKey(task), trends, workshop, form.flag("workshopValidated"));
    }
  }

  /** Phase 2: the secretariat's consolidation. */
  @Component("recordConsolidation")
  static class RecordConsolidation implements ExecutionListener {
    private final CycleRecords records;

    RecordConsolidation(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      String text = form.text("consolidation", "De geconsolideerde analyse", "L'analyse consolidée");
      form.check();
      records.consolidation(cycleKey(task), text);
    }
  }

  /** Phase 2: the chair validates, or sends back for completion. */
  @Component("recordAnalysisValidation")
  static class RecordAnalysisValidation implements ExecutionListener {
    private final CycleRecords records;

    RecordAnalysisValidation(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      String decision = form.text("analysisDecision", "De beslissing", "La décision");
      String remarks = form.optionalText("validationRemarks");
      if (decision != null && !Set.of("validated", "sendBack").contains(decision)) {
        form.problem("analysisDecision", "Ongeldige beslissing", "Décision non valable");
      }
      if ("sendBack".equals(decision) && remarks == null) {
        form.missing("validationRemarks", "Wat aangevuld moet worden", "Ce qui doit être complété");
      }
      form.check();
      // Remarks of an earlier send-back stay in the process; they belong to this review only when it sends back.
      records.analysisReview(cycleKey(task), decision, "sendBack".equals(decision) ? remarks : null, Actor.current());
    }
  }

  /** Phase 3: one recommendation of the advisory panel. */
  @Component("recordRecommendation")
  static class RecordRecommendation implements ExecutionListener {
    private final CycleRecords records;

    RecordRecommendation(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      String nl = form.text("recommendationNl", "De aanbeveling in het Nederlands", "La recommandation en néerlandais");
      String fr = form.text("recommendationFr", "De aanbeveling in het Frans", "La recommandation en français");
      form.check();
      records.recommendation(cycleKey(task), integer(task.getVariable("objectiveNumber")), nl, fr, Actor.current());
    }
  }

  /** Phase 3: the panel declares the set complete (one per objective) or revises it. */
  @Component("recordRecommendationValidation")
  static class RecordRecommendationValidation implements ExecutionListener {
    private final CycleRecords records;

    RecordRecommendationValidation(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      String decision = form.text("panelDecision", "De beslissing", "La décision");
      if ("complete".equals(decision)) {
        List<Integer> missing = records.objectivesWithoutRecommendation(cycleKey(task));
        if (!missing.isEmpty()) {
          form.problem("panelDecision", "Geen aanbeveling voor doelstelling(en) " + missing,
              "Pas de recommandation pour le(s) objectif(s) " + missing);
        }
      } else if (decision != null && !"incomplete".equals(decision)) {
        form.problem("panelDecision", "Ongeldige beslissing", "Décision non valable");
      }
      form.check();
    }
  }

  /**
   * Phase 4: the secretariat's draft for a round: vision, mission and scope (Dutch and French required, English
   * optional, as the strategy is also published in English), the strategic objectives with their specific
   * objectives, and the consultation's due date.
   */
  @Component("recordDraft")
  static class RecordDraft implements ExecutionListener {
    /** Positions are due at the end of the working day in Brussels. */
    static final int DUE_HOUR = 17;
    /** Column size of the cycle's vision, mission and scope (V2 migration). */
    static final int TEXT_LENGTH = 4000;
    /** Column size of drafting_round.changes_summary (V2 migration). */
    static final int SUMMARY_LENGTH = 8000;
    private final CycleRecords records;

    RecordDraft(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      Cycle cycle = records.cycle(cycleKey(task));
      // A task created by the first version of gdpc-drafting (whose form had only vision and mission in Dutch and
      // French) has no inputs for the scope, the English texts or the objectives: what it cannot submit is kept as
      // it is, so that a cycle running on that version goes on after the revised model is deployed.
      CycleRecords.StrategyText text = new CycleRecords.StrategyText(
          text(task, form, "vision", "De visie", "La vision", cycle.getVision()),
          text(task, form, "mission", "De missie", "La mission", cycle.getMission()),
          task.hasVariable("scopeNl") ? text(task, form, "scope", "Het toepassingsgebied", "Le champ d'application",
              cycle.getScope()) : cycle.getScope());
      List<ObjectiveDraft.Objective> current = records.objectives(cycle.getBusinessKey());
      ObjectiveDraft.Result objectives = task.hasVariable("objectives")
          ? ObjectiveDraft.read(form.rows("objectives"), current.stream().map(ObjectiveDraft.Objective::number).toList())
          : new ObjectiveDraft.Result(current, List.of());
      objectives.problems().forEach(p -> form.problem("objectives", p.nl(), p.fr()));
      LocalDate due = form.date("consultationDueDate", "De termijn van de consultatie", "L'échéance de la consultation");
      if (due != null && (!due.isAfter(today()) || due.getYear() > cycle.getPeriodEnd())) {
        form.problem("consultationDueDate",
            "De termijn moet na vandaag en binnen de cyclus (tot " + cycle.getPeriodEnd() + ") liggen",
            "L'échéance doit être après aujourd'hui et dans la période du cycle (jusqu'en " + cycle.getPeriodEnd() + ")");
      }
      String summary = form.optionalText("changesSummary");
      form.tooLong("changesSummary", summary, SUMMARY_LENGTH, "De samenvatting van de wijzigingen", "Le résumé des modifications");
      form.check();
      int round = integer(task.getVariable("roundNumber"));
      records.draft(cycle.getBusinessKey(), round, text, objectives.objectives(), summary, due,
          Actor.current());
      Date dueAt = Date.from(ZonedDateTime.of(due.atTime(DUE_HOUR, 0), CycleQueries.BRUSSELS).toInstant());
      task.getProcessInstance().setVariable("positionDueDate", dueAt);
    }

    /** visionNl and visionFr (required), visionEn (optional: the task starts from the current English text). */
    private static LocalizedText text(DelegateExecution task, FormInput form, String field, String labelNl, String labelFr,
        LocalizedText current) {
      String nl = form.text(field + "Nl", labelNl + " (NL)", labelFr + " (NL)");
      String fr = form.text(field + "Fr", labelNl + " (FR)", labelFr + " (FR)");
      String en = task.hasVariable(field + "En") ? form.optionalText(field + "En") : current == null ? null : current.getEn();
      for (String value : new String[] {nl, fr, en}) {
        if (form.tooLong(field, value, TEXT_LENGTH, labelNl, labelFr)) {
          break;
        }
      }
      return new LocalizedText(nl, fr, en);
    }
  }

  /** Phase 4: one consulted group's positions, per strategic objective. */
  @Component("recordPosition")
  static class RecordPosition implements ExecutionListener {
    private final CycleRecords records;

    RecordPosition(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      String key = cycleKey(task);
      int round = integer(task.getVariable("roundNumber"));
      String group = (String) task.getVariable("consultedGroup");
      Long roundId = records.round(key, round).getId();
      List<ConsultationPosition> given = new ArrayList<>();
      for (Map<String, Object> row : form.rows("positions")) {
        Integer objective = integer(row.get("objectiveNumber"));
        String answer = string(row, "position");
        String remarks = string(row, "remarks");
        if (objective == null || answer == null) {
          form.problem("positions", "Geef een standpunt voor doelstelling " + (objective == null ? "?" : objective),
              "Donnez une position pour l'objectif " + (objective == null ? "?" : objective));
          continue;
        }
        ConsultationPosition.Answer parsed;
        try {
          parsed = ConsultationPosition.Answer.valueOf(answer);
        } catch (IllegalArgumentException e) {
          form.problem("positions", "Ongeldig standpunt '" + answer + "'", "Position non valable '" + answer + "'");
          continue;
        }
        if (parsed != ConsultationPosition.Answer.agree && remarks == null) {
          form.problem("positions", (parsed == ConsultationPosition.Answer.objection ? "Een bezwaar" : "Akkoord met opmerkingen")
              + " over doelstelling " + objective + " vraagt een motivering",
              (parsed == ConsultationPosition.Answer.objection ? "Une objection" : "Un accord avec remarques")
              + " sur l'objectif " + objective + " doit être motivé(e)");
        }
        given.add(new ConsultationPosition(roundId, group, objective, parsed, remarks, Actor.current()));
      }
      if (!form.hasProblems() && given.size() != records.objectiveCount(key)) {
        form.problem("positions", "Geef een standpunt voor elke strategische doelstelling", "Donnez une position pour chaque objectif stratégique");
      }
      form.check();
      records.positions(key, round, group, given);
    }
  }

  /** Phase 4: the chair's follow-up of an overdue position. */
  @Component("recordOverdueFollowUp")
  static class RecordOverdueFollowUp implements ExecutionListener {
    private final CycleRecords records;

    RecordOverdueFollowUp(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      String note = form.text("followUpNote", "De genomen actie", "L'action entreprise");
      form.check();
      records.followUp(cycleKey(task), integer(task.getVariable("roundNumber")), (String) task.getVariable("consultedGroup"),
          ConsultationFollowUp.Kind.ESCALATION, note, Actor.current());
    }
  }

  /** Phase 4: the chair closes drafting with the proposal for the TMD. */
  @Component("recordDraftingClosure")
  static class RecordDraftingClosure implements ExecutionListener {
    private final CycleRecords records;

    RecordDraftingClosure(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      String proposal = form.text("decisionProposal", "Het voorstel van beslissing", "La proposition de décision");
      form.check();
      records.closeDrafting(cycleKey(task), integer(task.getVariable("roundNumber")), proposal, Actor.current());
    }
  }

  /** Phase 5: the TMD meeting is scheduled. */
  @Component("recordMeeting")
  static class RecordMeeting implements ExecutionListener {
    private final CycleRecords records;

    RecordMeeting(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      LocalDate date = form.date("meetingDate", "De datum van de vergadering", "La date de la réunion");
      if (date != null && date.isBefore(today())) {
        form.problem("meetingDate", "De vergadering kan niet in het verleden gepland worden", "La réunion ne peut pas être planifiée dans le passé");
      }
      form.check();
      records.scheduleMeeting(cycleKey(task), (String) task.getVariable("approvalSubject"), date);
    }
  }

  /** Phase 5: a cabinet records its minister's position. */
  @Component("recordMinisterPosition")
  static class RecordMinisterPosition implements ExecutionListener {
    private final CycleRecords records;

    RecordMinisterPosition(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      MinisterPosition.Endorsement endorsement = form.choice("ministerPosition", MinisterPosition.Endorsement.class,
          "Het standpunt van de minister", "La position du ministre");
      String reservation = form.optionalText("reservation");
      if (endorsement != null && endorsement != MinisterPosition.Endorsement.endorse && reservation == null) {
        form.missing("reservation", "Het voorbehoud of de reden", "La réserve ou le motif");
      }
      form.check();
      records.ministerPosition(cycleKey(task), (String) task.getVariable("approvalSubject"),
          (String) task.getVariable("ministerId"), endorsement, reservation, Actor.current());
    }
  }

  /** Phase 5: the TMD's decision. */
  @Component("recordTmdDecision")
  static class RecordTmdDecision implements ExecutionListener {
    private final CycleRecords records;

    RecordTmdDecision(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(DelegateExecution task) {
      if (task.isCanceled()) {
        return;
      }
      FormInput form = FormInput.of(task);
      TmdMeeting.Decision decision = form.choice("tmdDecision", TmdMeeting.Decision.class, "De beslissing van de TVD", "La décision de la CIM");
      String remarks = form.optionalText("tmdRemarks");
      if (decision != null && decision != TmdMeeting.Decision.approved && remarks == null) {
        form.missing("tmdRemarks", "De opmerkingen of redenen van de TVD", "Les remarques ou motifs de la CIM");
      }
      form.check();
      records.decide(cycleKey(task), (String) task.getVariable("approvalSubject"), decision, remarks, Actor.current());
    }
  }
}
