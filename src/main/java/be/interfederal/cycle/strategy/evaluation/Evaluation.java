package be.interfederal.cycle.strategy.evaluation;

import be.interfederal.cycle.strategy.domain.PartOfCycle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One evaluation of the strategy: who evaluates, what they found and recommend, the GDPC's response, the TMD's note. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends PartOfCycle {

  /** Column sizes (V9 migration). */
  public static final int TEXT_LENGTH = 8000;
  public static final int EVALUATOR_LENGTH = 500;
  public static final int REMARKS_LENGTH = 4000;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EvaluationKind kind;

  @Column(length = EVALUATOR_LENGTH)
  private String evaluator;

  @Column(name = "belspo_funded")
  private Boolean belspoFunded;

  @Column(name = "delivery_due")
  private LocalDate deliveryDue;

  @Column(name = "findings_nl", length = TEXT_LENGTH)
  private String findingsNl;

  @Column(name = "findings_fr", length = TEXT_LENGTH)
  private String findingsFr;

  @Column(name = "recommendations_nl", length = TEXT_LENGTH)
  private String recommendationsNl;

  @Column(name = "recommendations_fr", length = TEXT_LENGTH)
  private String recommendationsFr;

  @Column(name = "response_nl", length = TEXT_LENGTH)
  private String responseNl;

  @Column(name = "response_fr", length = TEXT_LENGTH)
  private String responseFr;

  @Column(name = "noted_on")
  private LocalDate notedOn;

  @Column(name = "tmd_remarks", length = REMARKS_LENGTH)
  private String tmdRemarks;

  protected Evaluation() {}

  public Evaluation(String cycleKey, EvaluationKind kind) {
    super(cycleKey);
    this.kind = kind;
  }

  public void commission(String by, boolean funded, LocalDate due) {
    evaluator = by;
    belspoFunded = funded;
    deliveryDue = due;
  }

  public void deliver(String findingsInDutch, String findingsInFrench, String recommendationsInDutch,
      String recommendationsInFrench) {
    findingsNl = findingsInDutch;
    findingsFr = findingsInFrench;
    recommendationsNl = recommendationsInDutch;
    recommendationsFr = recommendationsInFrench;
  }

  public void respond(String inDutch, String inFrench) {
    responseNl = inDutch;
    responseFr = inFrench;
  }

  public void noted(LocalDate on, String remarks) {
    notedOn = on;
    tmdRemarks = remarks;
  }

  public EvaluationKind getKind() { return kind; }
  public String getEvaluator() { return evaluator; }
  public Boolean getBelspoFunded() { return belspoFunded; }
  public LocalDate getDeliveryDue() { return deliveryDue; }
  public String getFindings(String language) { return "fr".equals(language) ? findingsFr : findingsNl; }
  public String getRecommendations(String language) { return "fr".equals(language) ? recommendationsFr : recommendationsNl; }
  public String getResponse(String language) { return "fr".equals(language) ? responseFr : responseNl; }
  public LocalDate getNotedOn() { return notedOn; }
  public String getTmdRemarks() { return tmdRemarks; }
}
