package be.interfederal.cycle.strategy.approval;

import be.interfederal.cycle.strategy.domain.Identified;
import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A minister's position at a TMD meeting, recorded by their cabinet. */
@Entity
@Table(name = "minister_position")
public class MinisterPosition extends Identified {

  /** What a minister can say (form minister-position). */
  public enum Endorsement { endorse, endorseWithReservation, notEndorse }

  /** Column size of the reservation (V2 migration). */
  static final int RESERVATION_LENGTH = 4000;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(name = "minister_id", nullable = false)
  private String ministerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "position", nullable = false)
  private Endorsement endorsement;

  @Column(length = RESERVATION_LENGTH)
  private String reservation;

  @Embedded
  private Recorded recorded;

  protected MinisterPosition() {}

  public MinisterPosition(Long meetingId, String ministerId, Endorsement endorsement, String reservation, String by) {
    this.meetingId = meetingId;
    this.ministerId = ministerId;
    this.endorsement = endorsement;
    this.reservation = reservation;
    this.recorded = Recorded.by(by);
  }

  public String getMinisterId() { return ministerId; }
  public Endorsement getEndorsement() { return endorsement; }
  public String getReservation() { return reservation; }
}
