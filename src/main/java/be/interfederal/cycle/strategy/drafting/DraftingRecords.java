package be.interfederal.cycle.strategy.drafting;

import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.CycleObjective;
import be.interfederal.cycle.strategy.domain.Cycles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The GDPC's numbered drafting rounds and the drafts they produce. */
@Service
@Transactional
public class DraftingRecords {

  private final Cycles cycles;
  private final DraftingRoundRepository rounds;

  public DraftingRecords(Cycles cycles, DraftingRoundRepository rounds) {
    this.cycles = cycles;
    this.rounds = rounds;
  }

  /** The vision, mission and scope of a draft. */
  public record StrategyText(LocalizedText vision, LocalizedText mission, LocalizedText scope) {}

  /**
   * Opens the subject's next numbered round, or returns the open one when a retried job asks again. A strategy round
   * moves the cycle to drafting.
   */
  public DraftingRound openRound(String businessKey, ApprovalSubject subject, String tmdRemarks) {
    if (subject == ApprovalSubject.strategy) {
      cycles.enter(businessKey, Cycle.Status.DRAFTING);
    }
    Optional<DraftingRound> last = rounds.findFirstByCycleKeyAndSubjectOrderByNumberDesc(businessKey, subject);
    return last
        .filter(r -> r.getObjectionCount() == null && r.getDecisionProposal() == null && r.getChangesSummary() == null)
        .orElseGet(() -> rounds.save(new DraftingRound(businessKey, subject, last.map(r -> r.getNumber() + 1).orElse(1),
            tmdRemarks)));
  }

  public DraftingRound round(String businessKey, ApprovalSubject subject, int number) {
    return rounds.findByCycleKeyAndSubjectAndNumber(businessKey, subject, number).orElseThrow(() ->
        new IllegalStateException("Cycle " + businessKey + " has no " + subject + " round " + number));
  }

  public List<DraftingRound> rounds(String businessKey, ApprovalSubject subject) {
    return rounds.findByCycleKeyAndSubjectOrderByNumber(businessKey, subject);
  }

  /** The secretariat's draft for a round: the texts, the strategic objectives (by number) and the consultation's due date. */
  public void draft(String businessKey, int round, StrategyText text, List<ObjectiveDraft.Objective> drafted,
      String summary, LocalDate due, String by) {
    cycles.cycle(businessKey).redraft(text.vision(), text.mission(), text.scope());
    Map<Integer, CycleObjective> current = new HashMap<>();
    cycles.objectives(businessKey).forEach(o -> current.put(o.getNumber(), o));
    for (ObjectiveDraft.Objective objective : drafted) {
      List<CycleObjective.Specific> specifics = new ArrayList<>();
      for (int i = 0; i < objective.specifics().size(); i++) {
        specifics.add(new CycleObjective.Specific(ObjectiveDraft.code(objective.number(), i), objective.specifics().get(i)));
      }
      CycleObjective target = current.get(objective.number());
      if (target == null) {
        throw new IllegalStateException("Cycle " + businessKey + " has no objective " + objective.number());
      }
      target.revise(objective.title(), specifics);
    }
    round(businessKey, ApprovalSubject.strategy, round).drafted(summary, due, by);
  }

  /** The cycle's strategic objectives as a draft starts from them. */
  public List<ObjectiveDraft.Objective> objectives(String businessKey) {
    return cycles.objectives(businessKey).stream().map(ObjectiveDraft.Objective::of).toList();
  }

  /** Keeps the count of the round's objections with it. */
  public void consulted(String businessKey, ApprovalSubject subject, int round, int objections) {
    round(businessKey, subject, round).consulted(objections);
  }

  /** The chair closes drafting (of the strategy, or of the action plan) with the proposal for the TMD. */
  public void closeDrafting(String businessKey, ApprovalSubject subject, int round, String proposal, String by) {
    round(businessKey, subject, round).close(proposal, by);
    if (subject == ApprovalSubject.strategy) {
      cycles.enter(businessKey, Cycle.Status.TMD_APPROVAL);
    }
  }
}
