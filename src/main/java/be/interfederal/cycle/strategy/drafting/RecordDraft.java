package be.interfederal.cycle.strategy.drafting;

import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.FormFields;
import be.interfederal.cycle.strategy.process.FormInput;
import be.interfederal.cycle.strategy.process.FormListener;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Phase 4, task draftStrategy (form strategy-draft.html): the secretariat's draft for a round — vision, mission and
 * scope (Dutch and French required, English optional, as the strategy is also published in English), the strategic
 * objectives with their specific objectives, and the consultation's due date.
 *
 * <p>A task created by the first version of gdpc-drafting (whose form had only vision and mission in Dutch and
 * French) has no inputs for the scope, the English texts or the objectives: what it cannot submit is kept as it is,
 * so that a cycle running on that version goes on after the revised model is deployed.
 */
@Component("recordDraft")
record RecordDraft(Cycles cycles, DraftingRecords records) implements FormListener {

  /** Positions are due at the end of the working day in Brussels. */
  static final int DUE_HOUR = 17;
  /** Column size of the cycle's vision, mission and scope (V2 migration). */
  static final int TEXT_LENGTH = 4000;

  private static final FormFields FIELDS = FormFields.of()
      .field("visionNl", "De visie (NL)", "La vision (NL)")
      .field("visionFr", "De visie (FR)", "La vision (FR)")
      .newerField("visionEn", "De visie (EN)", "La vision (EN)")
      .field("missionNl", "De missie (NL)", "La mission (NL)")
      .field("missionFr", "De missie (FR)", "La mission (FR)")
      .newerField("missionEn", "De missie (EN)", "La mission (EN)")
      .newerField("scopeNl", "Het toepassingsgebied (NL)", "Le champ d'application (NL)")
      .newerField("scopeFr", "Het toepassingsgebied (FR)", "Le champ d'application (FR)")
      .newerField("scopeEn", "Het toepassingsgebied (EN)", "Le champ d'application (EN)")
      .newerField("objectives", "De strategische doelstellingen", "Les objectifs stratégiques")
      .field("consultationDueDate", "De termijn van de consultatie", "L'échéance de la consultation")
      .field("changesSummary", "De samenvatting van de wijzigingen", "Le résumé des modifications");

  @Override
  public FormFields fields() {
    return FIELDS;
  }

  @Override
  public Runnable read(DelegateExecution task, FormInput form) {
    Cycle cycle = cycles.cycle(task.getProcessBusinessKey());
    DraftingRecords.StrategyText text = new DraftingRecords.StrategyText(
        text(form, "vision", cycle.getVision()),
        text(form, "mission", cycle.getMission()),
        form.submitted("scopeNl") ? text(form, "scope", cycle.getScope()) : cycle.getScope());
    List<ObjectiveDraft.Objective> current = records.objectives(cycle.getBusinessKey());
    ObjectiveDraft.Result objectives = form.submitted("objectives")
        ? ObjectiveDraft.read(form.rows("objectives"), current.stream().map(ObjectiveDraft.Objective::number).toList())
        : new ObjectiveDraft.Result(current, List.of());
    objectives.problems().forEach(p -> form.problem(p.nl(), p.fr()));
    LocalDate due = form.date("consultationDueDate");
    if (due != null && (!due.isAfter(EngineClock.today()) || due.getYear() > cycle.getPeriodEnd())) {
      form.problem("De termijn moet na vandaag en binnen de cyclus (tot " + cycle.getPeriodEnd() + ") liggen",
          "L'échéance doit être après aujourd'hui et dans la période du cycle (jusqu'en " + cycle.getPeriodEnd() + ")");
    }
    String summary = form.optionalText("changesSummary", DraftingRound.TEXT_LENGTH);
    int round = Values.integer(task.getVariable(Variables.ROUND_NUMBER));
    String by = Actor.current();
    return () -> {
      records.draft(cycle.getBusinessKey(), round, text, objectives.objectives(), summary, due, by);
      task.getProcessInstance().setVariable(Variables.POSITION_DUE_DATE, EngineClock.at(due, DUE_HOUR));
    };
  }

  /** visionNl and visionFr (required), visionEn (optional: the task starts from the current English text). */
  private static LocalizedText text(FormInput form, String part, LocalizedText current) {
    String nl = form.text(part + "Nl", TEXT_LENGTH);
    String fr = form.text(part + "Fr", TEXT_LENGTH);
    String en = form.submitted(part + "En") ? form.optionalText(part + "En", TEXT_LENGTH)
        : current == null ? null : current.getEn();
    return new LocalizedText(nl, fr, en);
  }
}
