package be.interfederal.cycle.strategy.domain;

import be.interfederal.cycle.platform.EngineClock;
import be.interfederal.cycle.strategy.analysis.ForesightTrend;
import be.interfederal.cycle.directory.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One policy cycle, identified by the business key of its policy-cycle process instance. */
@Entity
@Table(name = "cycle")
public class Cycle {

  /** Column sizes of cycle.business_key and cycle.title (V2 migration). */
  public static final int KEY_LENGTH = 64;
  public static final int TITLE_LENGTH = 500;

  public enum Status { MANDATE, SITUATION_ANALYSIS, ADVISORY_PANEL, DRAFTING, TMD_APPROVAL, APPROVED }

  @Id
  @Column(name = "business_key", length = KEY_LENGTH)
  private String businessKey;

  @Column(nullable = false, length = TITLE_LENGTH)
  private String title;

  @Column(name = "period_start", nullable = false)
  private int periodStart;

  @Column(name = "period_end", nullable = false)
  private int periodEnd;

  @Column(name = "predecessor_key")
  private String predecessorKey;

  /** Where the first draft came from: the predecessor cycle's key or a reference strategy's id. */
  @Column(name = "source_strategy")
  private String sourceStrategy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.MANDATE;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "nl", column = @Column(name = "vision_nl", length = 4000)),
    @AttributeOverride(name = "fr", column = @Column(name = "vision_fr", length = 4000)),
    @AttributeOverride(name = "en", column = @Column(name = "vision_en", length = 4000))
  })
  private LocalizedText vision;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "nl", column = @Column(name = "mission_nl", length = 4000)),
    @AttributeOverride(name = "fr", column = @Column(name = "mission_fr", length = 4000)),
    @AttributeOverride(name = "en", column = @Column(name = "mission_en", length = 4000))
  })
  private LocalizedText mission;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "nl", column = @Column(name = "scope_nl", length = 4000)),
    @AttributeOverride(name = "fr", column = @Column(name = "scope_fr", length = 4000)),
    @AttributeOverride(name = "en", column = @Column(name = "scope_en", length = 4000))
  })
  private LocalizedText scope;

  @Column(name = "mandate_date")
  private LocalDate mandateDate;

  @Column(name = "mandate_scope", length = 4000)
  private String mandateScope;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cycle_scope_category", joinColumns = @JoinColumn(name = "cycle_key"))
  @Column(name = "category", nullable = false)
  private Set<String> scopeCategories = new TreeSet<>();

  @Column(name = "foresight_workshop")
  private LocalDate foresightWorkshop;

  @Column(name = "foresight_validated")
  private Boolean foresightValidated;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "foresight_trend", joinColumns = @JoinColumn(name = "cycle_key"))
  @OrderColumn(name = "position")
  private List<ForesightTrend> foresightTrends = new ArrayList<>();

  @Column(length = 8000)
  private String consolidation;

  @Column(name = "approved_on")
  private LocalDate approvedOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = EngineClock.now();

  protected Cycle() {}

  public Cycle(String businessKey, String title, int periodStart, int periodEnd, String predecessorKey) {
    this.businessKey = businessKey;
    this.title = title;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.predecessorKey = predecessorKey;
  }

  public void startFrom(String source, LocalizedText vision, LocalizedText mission, LocalizedText scope) {
    this.sourceStrategy = source;
    this.vision = vision;
    this.mission = mission;
    this.scope = scope;
  }

  public void recordMandate(LocalDate date, String scopeText, Set<String> categories) {
    mandateDate = date;
    mandateScope = scopeText;
    scopeCategories.clear();
    scopeCategories.addAll(categories);
  }

  public void recordForesight(List<ForesightTrend> trends, LocalDate workshop, boolean validated) {
    foresightTrends.clear();
    foresightTrends.addAll(trends);
    foresightWorkshop = workshop;
    foresightValidated = validated;
  }

  public void redraft(LocalizedText newVision, LocalizedText newMission, LocalizedText newScope) {
    vision = newVision;
    mission = newMission;
    scope = newScope;
  }

  public void approve(LocalDate on) {
    approvedOn = on;
    status = Status.APPROVED;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  public void setConsolidation(String consolidation) {
    this.consolidation = consolidation;
  }

  public String getBusinessKey() { return businessKey; }
  public String getTitle() { return title; }
  public int getPeriodStart() { return periodStart; }
  public int getPeriodEnd() { return periodEnd; }
  public String getPredecessorKey() { return predecessorKey; }
  public String getSourceStrategy() { return sourceStrategy; }
  public Status getStatus() { return status; }
  public LocalizedText getVision() { return vision; }
  public LocalizedText getMission() { return mission; }
  public LocalizedText getScope() { return scope; }
  public LocalDate getMandateDate() { return mandateDate; }
  public String getMandateScope() { return mandateScope; }
  public Set<String> getScopeCategories() { return Set.copyOf(scopeCategories); }
  public LocalDate getForesightWorkshop() { return foresightWorkshop; }
  public Boolean getForesightValidated() { return foresightValidated; }
  public List<ForesightTrend> getForesightTrends() { return List.copyOf(foresightTrends); }
  public String getConsolidation() { return consolidation; }
  public LocalDate getApprovedOn() { return approvedOn; }
  public Instant getCreatedAt() { return createdAt; }
}
