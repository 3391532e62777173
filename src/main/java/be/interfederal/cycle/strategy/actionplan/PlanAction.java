package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.strategy.domain.Identified;
import be.interfederal.cycle.strategy.domain.Recorded;
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
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** One action of a plan, as proposed by a group (the CNDC, a cabinet or an administration) and kept by the plan. */
@Entity
@Table(name = "plan_action")
public class PlanAction extends Identified {

  @Column(name = "plan_id", nullable = false)
  private Long planId;

  @Column(nullable = false)
  private int position;

  @Column(name = "proposed_by", nullable = false)
  private String proposedBy;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "nl", column = @Column(name = "title_nl", nullable = false, length = ActionRows.TITLE_LENGTH)),
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr", nullable = false, length = ActionRows.TITLE_LENGTH)),
    @AttributeOverride(name = "en", column = @Column(name = "title_en", length = ActionRows.TITLE_LENGTH))
  })
  private LocalizedText title;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "plan_action_objective", joinColumns = @JoinColumn(name = "action_id"))
  @Column(name = "code", nullable = false)
  private Set<String> objectives = new TreeSet<>();

  @Column(name = "lead_government", nullable = false)
  private String leadGovernment;

  @Column(name = "lead_minister")
  private String leadMinister;

  @Column(length = ActionRows.PARTNERS_LENGTH)
  private String partners;

  @Column(name = "start_date", nullable = false)
  private LocalDate start;

  @Column(name = "end_date", nullable = false)
  private LocalDate end;

  @Column(name = "budget_eur", precision = 14, scale = 2)
  private BigDecimal budget;

  @Column(nullable = false)
  private String pillar;

  @Column(name = "scope_category", nullable = false)
  private String scopeCategory;

  @Enumerated(EnumType.STRING)
  @Column(name = "existing_plan")
  private ExistingPlan existingPlan;

  @Embedded
  private Recorded recorded;

  protected PlanAction() {}

  public PlanAction(Long planId, int position, String proposedBy, Action action, String by) {
    this.planId = planId;
    this.position = position;
    this.proposedBy = proposedBy;
    this.title = action.title();
    this.objectives.addAll(action.objectives());
    this.leadGovernment = action.leadGovernment();
    this.leadMinister = action.leadMinister();
    this.partners = action.partners();
    this.start = action.start();
    this.end = action.end();
    this.budget = action.budget();
    this.pillar = action.pillar();
    this.scopeCategory = action.scopeCategory();
    this.existingPlan = action.existingPlan();
    this.recorded = Recorded.by(by);
  }

  /** The action as a form shows it again. */
  public Action toAction() {
    return new Action(title, List.copyOf(objectives), leadGovernment, leadMinister, partners, start, end, budget,
        pillar, scopeCategory, existingPlan);
  }

  public int getPosition() { return position; }
  public String getProposedBy() { return proposedBy; }
  public LocalizedText getTitle() { return title; }
  public Set<String> getObjectives() { return Set.copyOf(objectives); }
  public String getLeadGovernment() { return leadGovernment; }
  public String getLeadMinister() { return leadMinister; }
  public String getPartners() { return partners; }
  public LocalDate getStart() { return start; }
  public LocalDate getEnd() { return end; }
  public BigDecimal getBudget() { return budget; }
  public String getPillar() { return pillar; }
  public String getScopeCategory() { return scopeCategory; }
  public ExistingPlan getExistingPlan() { return existingPlan; }
}
