package be.interfederal.cycle.strategy.drafting.consultation;

import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The positions of a drafting round's consultation, and the reminders and follow-ups of late ones. */
@Service
@Transactional
public class ConsultationRecords {

  private final DraftingRecords drafting;
  private final ConsultationPositionRepository positions;
  private final ConsultationFollowUpRepository followUps;

  public ConsultationRecords(DraftingRecords drafting, ConsultationPositionRepository positions,
      ConsultationFollowUpRepository followUps) {
    this.drafting = drafting;
    this.positions = positions;
    this.followUps = followUps;
  }

  /** The id of a round, which the positions refer to. */
  public Long roundId(String businessKey, ApprovalSubject subject, int round) {
    return drafting.round(businessKey, subject, round).getId();
  }

  /** A group's positions in a round; resubmitting replaces them. */
  public void positions(String businessKey, ApprovalSubject subject, int round, String group, List<ConsultationPosition> given) {
    positions.deleteAll(positions.findByRoundIdAndGroupId(roundId(businessKey, subject, round), group));
    positions.flush();
    positions.saveAll(given);
  }

  public List<ConsultationPosition> positions(String businessKey, ApprovalSubject subject, int round) {
    return positions.findByRoundIdOrderByGroupIdAscObjectiveNumberAsc(roundId(businessKey, subject, round));
  }

  /** Counts the objections of the round and keeps the count with the round. */
  public int closeConsultation(String businessKey, ApprovalSubject subject, int round) {
    int objections = (int) positions(businessKey, subject, round).stream()
        .filter(p -> p.getAnswer() == ConsultationPosition.Answer.objection).count();
    drafting.consulted(businessKey, subject, round, objections);
    return objections;
  }

  public void followUp(String businessKey, ApprovalSubject subject, int round, String group, ConsultationFollowUp.Kind kind,
      String note, String by) {
    followUps.save(new ConsultationFollowUp(roundId(businessKey, subject, round), group, kind, note, by));
  }

  public List<ConsultationFollowUp> followUps(String businessKey, ApprovalSubject subject, int round) {
    return followUps.findByRoundId(roundId(businessKey, subject, round));
  }
}
