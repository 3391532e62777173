package be.interfederal.cycle.strategy.approval;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TMD meetings per subject, the ministers' positions at them, and the TMD's decisions. */
@Service
@Transactional
public class ApprovalRecords {

  private final TmdMeetingRepository meetings;
  private final MinisterPositionRepository positions;

  public ApprovalRecords(TmdMeetingRepository meetings, MinisterPositionRepository positions) {
    this.meetings = meetings;
    this.positions = positions;
  }

  public TmdMeeting scheduleMeeting(String businessKey, ApprovalSubject subject, LocalDate date) {
    return meetings.save(new TmdMeeting(businessKey, subject, date));
  }

  /** The latest meeting on the subject (a postponed decision schedules a new one). */
  public TmdMeeting currentMeeting(String businessKey, ApprovalSubject subject) {
    return meetings.findFirstByCycleKeyAndSubjectOrderByIdDesc(businessKey, subject)
        .orElseThrow(() -> new IllegalStateException("No TMD meeting scheduled for " + businessKey + " / " + subject));
  }

  /** A minister's position at the current meeting; recording it again replaces it. */
  public void ministerPosition(String businessKey, ApprovalSubject subject, String minister,
      MinisterPosition.Endorsement endorsement, String reservation, String by) {
    TmdMeeting meeting = currentMeeting(businessKey, subject);
    positions.findByMeetingIdAndMinisterId(meeting.getId(), minister).ifPresent(positions::delete);
    positions.flush();
    positions.save(new MinisterPosition(meeting.getId(), minister, endorsement, reservation, by));
  }

  public List<MinisterPosition> ministerPositions(Long meetingId) {
    return positions.findByMeetingId(meetingId);
  }

  public void decide(String businessKey, ApprovalSubject subject, TmdMeeting.Decision decision, String remarks, String by) {
    currentMeeting(businessKey, subject).decide(decision, remarks, by);
  }
}
