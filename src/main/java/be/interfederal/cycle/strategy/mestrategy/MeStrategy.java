package be.interfederal.cycle.strategy.mestrategy;

import be.interfederal.cycle.strategy.domain.PartOfCycle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A cycle's monitoring and evaluation strategy: the calendar of its rounds and evaluations, the panel's opinion. */
@Entity
@Table(name = "me_strategy")
public class MeStrategy extends PartOfCycle {

  /** Column size of the panel's opinion (V8 migration). */
  public static final int OPINION_LENGTH = 8000;

  /** The day (MM-DD) of every year of the period on which a monitoring round starts. */
  @Column(name = "monitoring_day", length = 5)
  private String monitoringDay;

  @Column(name = "mid_term_evaluation")
  private LocalDate midTermEvaluation;

  @Column(name = "final_evaluation")
  private LocalDate finalEvaluation;

  @Column(name = "panel_opinion_nl", length = OPINION_LENGTH)
  private String panelOpinionNl;

  @Column(name = "panel_opinion_fr", length = OPINION_LENGTH)
  private String panelOpinionFr;

  @Column(name = "approved_on")
  private LocalDate approvedOn;

  protected MeStrategy() {}

  public MeStrategy(String cycleKey) {
    super(cycleKey);
  }

  public void plan(String day, LocalDate midTerm, LocalDate last) {
    monitoringDay = day;
    midTermEvaluation = midTerm;
    finalEvaluation = last;
  }

  public void opinion(String nl, String fr) {
    panelOpinionNl = nl;
    panelOpinionFr = fr;
  }

  public void approve(LocalDate on) {
    approvedOn = on;
  }

  public String getMonitoringDay() { return monitoringDay; }
  public LocalDate getMidTermEvaluation() { return midTermEvaluation; }
  public LocalDate getFinalEvaluation() { return finalEvaluation; }
  public String getPanelOpinionNl() { return panelOpinionNl; }
  public String getPanelOpinionFr() { return panelOpinionFr; }
  public LocalDate getApprovedOn() { return approvedOn; }
}
