package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.domain.PartOfCycle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One yearly monitoring round of a cycle: held in {@code year}, on the year before ({@code referenceYear}); the
 * secretariat's summary, whether it proposes an amendment of the action plan, the chair's validation, the TMD's note.
 */
@Entity
@Table(name = "monitoring_round")
public class MonitoringRound extends PartOfCycle {

  /** Column sizes (V10 migration). */
  public static final int SUMMARY_LENGTH = 8000;
  public static final int REMARKS_LENGTH = 4000;

  @Column(name = "round_year", nullable = false)
  private int year;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Column(name = "reference_year", nullable = false)
  private int referenceYear;

  @Column(name = "summary_nl", length = SUMMARY_LENGTH)
  private String summaryNl;

  @Column(name = "summary_fr", length = SUMMARY_LENGTH)
  private String summaryFr;

  @Column(name = "amendment_proposed", nullable = false)
  private boolean amendmentProposed;

  @Column(name = "amendment_motivation", length = REMARKS_LENGTH)
  private String amendmentMotivation;

  @Enumerated(EnumType.STRING)
  private RoundValidation validation;

  @Column(name = "validation_remarks", length = REMARKS_LENGTH)
  private String validationRemarks;

  @Column(name = "noted_on")
  private LocalDate notedOn;

  @Column(name = "tmd_remarks", length = REMARKS_LENGTH)
  private String tmdRemarks;

  protected MonitoringRound() {}

  public MonitoringRound(String cycleKey, int year, String processInstanceId) {
    super(cycleKey);
    this.year = year;
    this.processInstanceId = processInstanceId;
    this.referenceYear = year - 1;
  }

  public void consolidate(String nl, String fr, boolean amendment, String motivation) {
    summaryNl = nl;
    summaryFr = fr;
    amendmentProposed = amendment;
    amendmentMotivation = amendment ? motivation : null;
  }

  public void validate(RoundValidation decision, String remarks) {
    validation = decision;
    validationRemarks = remarks;
  }

  public void noted(LocalDate on, String remarks) {
    notedOn = on;
    tmdRemarks = remarks;
  }

  public String getSummary(String language) {
    return "fr".equals(language) ? summaryFr : summaryNl;
  }

  public int getYear() { return year; }
  public String getProcessInstanceId() { return processInstanceId; }
  public int getReferenceYear() { return referenceYear; }
  public boolean isAmendmentProposed() { return amendmentProposed; }
  public String getAmendmentMotivation() { return amendmentMotivation; }
  public RoundValidation getValidation() { return validation; }
  public String getValidationRemarks() { return validationRemarks; }
  public LocalDate getNotedOn() { return notedOn; }
  public String getTmdRemarks() { return tmdRemarks; }
}
