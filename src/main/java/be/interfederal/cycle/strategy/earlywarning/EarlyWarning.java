package be.interfederal.cycle.strategy.earlywarning;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.domain.PartOfCycle;
import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One early warning (SO 5.1): the signal as reported, Sciensano's rapid risk assessment, the aligned communication
 * and the notification to the EU Early Warning System. Numbered per cycle (the cycle's documents carry the number).
 */
@Entity
@Table(name = "early_warning")
public class EarlyWarning extends PartOfCycle {

  /** Column sizes (V11 migration). */
  public static final int SHORT_LENGTH = 500;
  public static final int TEXT_LENGTH = 4000;
  public static final int COMMUNICATION_LENGTH = 8000;
  public static final int REFERENCE_LENGTH = 200;

  @Column(nullable = false)
  private int number;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Column(nullable = false, length = SHORT_LENGTH)
  private String substance;

  @Column(nullable = false, length = TEXT_LENGTH)
  private String description;

  @Column(nullable = false, length = SHORT_LENGTH)
  private String source;

  @Column(name = "signal_date", nullable = false)
  private LocalDate signalDate;

  @Column(nullable = false, length = SHORT_LENGTH)
  private String geography;

  @Embedded
  private Recorded recorded;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_level")
  private RiskLevel riskLevel;

  @Column(length = TEXT_LENGTH)
  private String reasoning;

  /** The governments concerned, comma-separated directory ids. */
  @Column(length = SHORT_LENGTH)
  private String governments;

  @Column(name = "crime_related")
  private Boolean crimeRelated;

  @Column(name = "notify_eu")
  private Boolean notifyEu;

  @Column(name = "assessed_by")
  private String assessedBy;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  @Column(name = "communication_nl", length = COMMUNICATION_LENGTH)
  private String communicationNl;

  @Column(name = "communication_fr", length = COMMUNICATION_LENGTH)
  private String communicationFr;

  @Enumerated(EnumType.STRING)
  @Column(name = "communication_decision")
  private CommunicationDecision communicationDecision;

  @Column(name = "approval_remarks", length = TEXT_LENGTH)
  private String approvalRemarks;

  @Column(name = "eu_notified_on")
  private LocalDate euNotifiedOn;

  @Column(name = "eu_reference", length = REFERENCE_LENGTH)
  private String euReference;

  protected EarlyWarning() {}

  public EarlyWarning(String cycleKey, int number, String processInstanceId, Signal signal, String by) {
    super(cycleKey);
    this.number = number;
    this.processInstanceId = processInstanceId;
    this.substance = signal.substance();
    this.description = signal.description();
    this.source = signal.source();
    this.signalDate = signal.date();
    this.geography = signal.geography();
    this.recorded = Recorded.by(by);
  }

  /** What was reported: the substance or threat, what was seen, by whom or where it was found, when and where. */
  public record Signal(String substance, String description, String source, LocalDate date, String geography) {}

  public void assess(RiskLevel level, String why, List<String> governmentIds, boolean crime, boolean eu, String by) {
    riskLevel = level;
    reasoning = why;
    governments = String.join(",", governmentIds);
    crimeRelated = crime;
    notifyEu = eu;
    assessedBy = by;
    assessedAt = EngineClock.now();
  }

  public void draftCommunication(String inDutch, String inFrench) {
    communicationNl = inDutch;
    communicationFr = inFrench;
  }

  public void decideOnCommunication(CommunicationDecision decision, String remarks) {
    communicationDecision = decision;
    approvalRemarks = remarks;
  }

  public void notifiedToEu(LocalDate on, String reference) {
    euNotifiedOn = on;
    euReference = reference;
  }

  public int getNumber() { return number; }
  public String getSubstance() { return substance; }
  public String getDescription() { return description; }
  public String getSource() { return source; }
  public LocalDate getSignalDate() { return signalDate; }
  public String getGeography() { return geography; }
  public Recorded getRecorded() { return recorded; }
  public RiskLevel getRiskLevel() { return riskLevel; }
  public String getReasoning() { return reasoning; }
  public List<String> getGovernments() {
    return governments == null || governments.isEmpty() ? List.of() : Arrays.asList(governments.split(","));
  }
  public Boolean getCrimeRelated() { return crimeRelated; }
  public Boolean getNotifyEu() { return notifyEu; }
  public String getAssessedBy() { return assessedBy; }
  public Instant getAssessedAt() { return assessedAt; }
  public String getCommunication(String language) { return "fr".equals(language) ? communicationFr : communicationNl; }
  public CommunicationDecision getCommunicationDecision() { return communicationDecision; }
  public String getApprovalRemarks() { return approvalRemarks; }
  public LocalDate getEuNotifiedOn() { return euNotifiedOn; }
  public String getEuReference() { return euReference; }
}
