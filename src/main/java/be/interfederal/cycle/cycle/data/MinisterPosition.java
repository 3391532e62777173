package be.interfederal.cycle.cycle.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A minister's position at a TMD meeting, recorded by their cabinet. */
@Entity
@Table(name = "minister_position")
public class MinisterPosition {

  public enum Endorsement { endorse, endorseWithReservation, notEndorse }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "meeting_id", nullable = false)
  private Long meetingId;

  @Column(name = "minister_id", nullable = false)
  private String ministerId;

  @Column(nullable = false)
  private String position;

  @Column(length = 4000)
  private String reservation;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt = Instant.now();

  protected MinisterPosition() {}

  public MinisterPosition(Long meetingId, String ministerId, Endorsement endorsement, String reservation, String by) {
    this.meetingId = meetingId;
    this.ministerId = ministerId;
    this.position = endorsement.name();
    this.reservation = reservation;
    this.recordedBy = by;
  }

  public String getMinisterId() { return ministerId; }
  public Endorsement getEndorsement() { return Endorsement.valueOf(position); }
  public String getReservation() { return reservation; }
}
