package be.interfederal.cycle.strategy.earlywarning;

import be.interfederal.cycle.strategy.domain.Identified;
import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** What an informed group answered (the measures it took), or the chair's follow-up of a late assessment or answer. */
@Entity
@Table(name = "early_warning_response")
public class WarningResponse extends Identified {

  /** An informed group's answer, or the chair's follow-up of what was late. */
  public enum Kind { RESPONSE, ESCALATION }

  /** Column size of the note (V11 migration). */
  static final int NOTE_LENGTH = 4000;

  @Column(name = "early_warning_id", nullable = false)
  private Long earlyWarningId;

  @Column(name = "group_id", nullable = false)
  private String groupId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(nullable = false, length = NOTE_LENGTH)
  private String note;

  @Embedded
  private Recorded recorded;

  protected WarningResponse() {}

  public WarningResponse(Long earlyWarningId, String groupId, Kind kind, String note, String by) {
    this.earlyWarningId = earlyWarningId;
    this.groupId = groupId;
    this.kind = kind;
    this.note = note;
    this.recorded = Recorded.by(by);
  }

  public Long getEarlyWarningId() { return earlyWarningId; }
  public String getGroupId() { return groupId; }
  public Kind getKind() { return kind; }
  public String getNote() { return note; }
  public Recorded getRecorded() { return recorded; }
}
