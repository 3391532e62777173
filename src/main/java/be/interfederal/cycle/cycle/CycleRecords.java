package be.interfederal.cycle.cycle;

import be.interfederal.cycle.cycle.data.AnalysisReview;
import be.interfederal.cycle.cycle.data.AnalysisReviewRepository;
import be.interfederal.cycle.cycle.data.ConsultationFollowUp;
import be.interfederal.cycle.cycle.data.ConsultationFollowUpRepository;
import be.interfederal.cycle.cycle.data.ConsultationPosition;
import be.interfederal.cycle.cycle.data.ConsultationPositionRepository;
import be.interfederal.cycle.cycle.data.Contribution;
import be.interfederal.cycle.cycle.data.ContributionRepository;
import be.interfederal.cycle.cycle.data.Cycle;
import be.interfederal.cycle.cycle.data.CycleObjective;
import be.interfederal.cycle.cycle.data.CycleObjectiveRepository;
import be.interfederal.cycle.cycle.data.CycleParticipant;
import be.interfederal.cycle.cycle.data.CycleParticipantRepository;
import be.interfederal.cycle.cycle.data.CycleRepository;
import be.interfederal.cycle.cycle.data.DraftingRound;
import be.interfederal.cycle.cycle.data.DraftingRoundRepository;
import be.interfederal.cycle.cycle.data.ForesightTrend;
import be.interfederal.cycle.cycle.data.MinisterPosition;
import be.interfederal.cycle.cycle.data.MinisterPositionRepository;
import be.interfederal.cycle.cycle.data.Recommendation;
import be.interfederal.cycle.cycle.data.RecommendationRepository;
import be.interfederal.cycle.cycle.data.TmdMeeting;
import be.interfederal.cycle.cycle.data.TmdMeetingRepository;
import be.interfederal.cycle.directory.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what the cycle's tasks produce in the application's tables. Plain service: the task listeners parse and
 * validate the form, this keeps the record. Every write is keyed so that doing it twice leaves one record.
 */
@Service
@Transactional
public class CycleRecords {

  private final CycleRepository cycles;
  private final CycleObjectiveRepository objectives;
  private final CycleParticipantRepository participants;
  private final ContributionRepository contributions;
  private final AnalysisReviewRepository reviews;
  private final RecommendationRepository recommendations;
  private final DraftingRoundRepository rounds;
  private final ConsultationPositionRepository positions;
  private final ConsultationFollowUpRepository followUps;
  private final TmdMeetingRepository meetings;
  private final MinisterPositionRepository ministerPositions;

  public CycleRecords(CycleRepository cycles, CycleObjectiveRepository objectives,
      CycleParticipantRepository participants, ContributionRepository contributions, AnalysisReviewRepository reviews,
      RecommendationRepository recommendations, DraftingRoundRepository rounds, ConsultationPositionRepository positions,
      ConsultationFollowUpRepository followUps, TmdMeetingRepository meetings,
      MinisterPositionRepository ministerPositions) {
    this.cycles = cycles;
    this.objectives = objectives;
    this.participants = participants;
    this.contributions = contributions;
    this.reviews = reviews;
    this.recommendations = recommendations;
    this.rounds = rounds;
    this.positions = positions;
    this.followUps = followUps;
    this.meetings = meetings;
    this.ministerPositions = ministerPositions;
  }

  public Cycle cycle(String businessKey) {
    return cycles.findById(businessKey)
        .orElseThrow(() -> new IllegalStateException("No cycle with business key " + businessKey));
  }

  public boolean exists(String businessKey) {
    return businessKey != null && cycles.existsById(businessKey);
  }

  public void participate(String businessKey, String groupId) {
    if (exists(businessKey) && !participants.existsById(new CycleParticipant.Key(businessKey, groupId))) {
      participants.save(new CycleParticipant(businessKey, groupId));
    }
  }

  public Set<String> participants(String businessKey) {
    Set<String> groups = new TreeSet<>();
    participants.findByCycleKey(businessKey).forEach(p -> groups.add(p.getGroupId()));
    return groups;
  }

  public void mandate(String businessKey, LocalDate date, String scope, Set<String> categories) {
    Cycle cycle = cycle(businessKey);
    cycle.recordMandate(date, scope, categories);
    cycle.setStatus(Cycle.Status.SITUATION_ANALYSIS);
  }

  public void contribution(String businessKey, String provider, List<Contribution.Indicator> indicators, String gaps, String by) {
    Contribution contribution = contributions.findByCycleKeyAndProviderGroup(businessKey, provider)
        .orElseGet(() -> new Contribution(businessKey, provider));
    contribution.submit(indicators, gaps, by);
    contributions.save(contribution);
  }

  public void foresight(String businessKey, List<ForesightTrend> trends, LocalDate workshop, boolean validated) {
    cycle(businessKey).recordForesight(trends, workshop, validated);
  }

  public void consolidation(String businessKey, String text) {
    cycle(businessKey).setConsolidation(text);
  }

  public void analysisReview(String businessKey, String decision, String remarks, String by) {
    reviews.save(new AnalysisReview(businessKey, decision, remarks, by));
    if ("validated".equals(decision)) {
      cycle(businessKey).setStatus(Cycle.Status.ADVISORY_PANEL);
    }
  }

  public void recommendation(String businessKey, int objective, String nl, String fr, String by) {
    Recommendation recommendation = recommendations.findByCycleKeyAndObjectiveNumber(businessKey, objective)
        .orElseGet(() -> new Recommendation(businessKey, objective));
    recommendation.record(nl, fr, by);
    recommendations.save(recommendation);
  }

  public int objectiveCount(String businessKey) {
    return objectives.findByCycleKeyOrderByNumber(businessKey).size();
  }

  /** The objectives that have no recommendation yet. */
  public List<Integer> objectivesWithoutRecommendation(String businessKey) {
    Set<Integer> done = new TreeSet<>();
    recommendations.findByCycleKeyOrderByObjectiveNumber(businessKey).forEach(r -> done.add(r.getObjectiveNumber()));
    return objectives.findByCycleKeyOrderByNumber(businessKey).stream().map(o -> o.getNumber())
        .filter(n -> !done.contains(n)).toList();
  }

  /** Opens the next numbered round, or returns the open one when a retried job asks again. */
  public DraftingRound openRound(String businessKey, String tmdRemarks) {
    cycle(businessKey).setStatus(Cycle.Status.DRAFTING);
    java.util.Optional<DraftingRound> last = rounds.findFirstByCycleKeyOrderByNumberDesc(businessKey);
    return last
        .filter(r -> r.getObjectionCount() == null && r.getDecisionProposal() == null && r.getChangesSummary() == null)
        .orElseGet(() -> rounds.save(new DraftingRound(businessKey, last.map(r -> r.getNumber() + 1).orElse(1), tmdRemarks)));
  }

  public DraftingRound round(String businessKey, int number) {
    return rounds.findByCycleKeyAndNumber(businessKey, number)
        .orElseThrow(() -> new IllegalStateException("Cycle " + businessKey + " has no drafting round " + number));
  }

  /** The secretariat's draft for a round: the texts, the strategic objectives (by number) and the consultation's due date. */
  public void draft(String businessKey, int round, StrategyText text, List<ObjectiveDraft.Objective> drafted,
      String summary, LocalDate due, String by) {
    cycle(businessKey).redraft(text.vision(), text.mission(), text.scope());
    Map<Integer, CycleObjective> current = new HashMap<>();
    objectives.findByCycleKeyOrderByNumber(businessKey).forEach(o -> current.put(o.getNumber(), o));
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
    round(businessKey, round).drafted(summary, due, by);
  }

  /** The vision, mission and scope of a draft. */
  public record StrategyText(LocalizedText vision, LocalizedText mission, LocalizedText scope) {}

  /** The cycle's strategic objectives as a draft starts from them. */
  public List<ObjectiveDraft.Objective> objectives(String businessKey) {
    return objectives.findByCycleKeyOrderByNumber(businessKey).stream().map(ObjectiveDraft.Objective::of).toList();
  }

  /** A group's positions in a round; resubmitting replaces them. */
  public void positions(String businessKey, int round, String group, List<ConsultationPosition> given) {
    DraftingRound r = round(businessKey, round);
    positions.deleteAll(positions.findByRoundIdAndGroupId(r.getId(), group));
    positions.flush();
    positions.saveAll(given);
  }

  public List<ConsultationPosition> positions(String businessKey, int round) {
    return positions.findByRoundIdOrderByGroupIdAscObjectiveNumberAsc(round(businessKey, round).getId());
  }

  /** Counts the objections of the round and keeps the count with it. */
  public int closeConsultation(String businessKey, int round) {
    int objections = (int) positions(businessKey, round).stream()
        .filter(p -> p.getAnswer() == ConsultationPosition.Answer.objection).count();
    round(businessKey, round).consulted(objections);
    return objections;
  }

  public void followUp(String businessKey, int round, String group, ConsultationFollowUp.Kind kind, String note, String by) {
    followUps.save(new ConsultationFollowUp(round(businessKey, round).getId(), group, kind, note, by));
  }

  public List<ConsultationFollowUp> followUps(String businessKey, int round) {
    return followUps.findByRoundId(round(businessKey, round).getId());
  }

  public void closeDrafting(String businessKey, int round, String proposal, String by) {
    round(businessKey, round).close(proposal, by);
    cycle(businessKey).setStatus(Cycle.Status.TMD_APPROVAL);
  }

  public TmdMeeting scheduleMeeting(String businessKey, String subject, LocalDate date) {
    return meetings.save(new TmdMeeting(businessKey, subject, date));
  }

  public TmdMeeting currentMeeting(String businessKey, String subject) {
    return meetings.findFirstByCycleKeyAndSubjectOrderByIdDesc(businessKey, subject)
        .orElseThrow(() -> new IllegalStateException("No TMD meeting scheduled for " + businessKey + " / " + subject));
  }

  public void ministerPosition(String businessKey, String subject, String minister,
      MinisterPosition.Endorsement endorsement, String reservation, String by) {
    TmdMeeting meeting = currentMeeting(businessKey, subject);
    ministerPositions.findByMeetingIdAndMinisterId(meeting.getId(), minister).ifPresent(ministerPositions::delete);
    ministerPositions.flush();
    ministerPositions.save(new MinisterPosition(meeting.getId(), minister, endorsement, reservation, by));
  }

  public List<MinisterPosition> ministerPositions(Long meetingId) {
    return ministerPositions.findByMeetingId(meetingId);
  }

  public void decide(String businessKey, String subject, TmdMeeting.Decision decision, String remarks, String by) {
    currentMeeting(businessKey, subject).decide(decision, remarks, by);
  }

  public void approve(String businessKey, LocalDate on) {
    cycle(businessKey).approve(on);
  }
}
