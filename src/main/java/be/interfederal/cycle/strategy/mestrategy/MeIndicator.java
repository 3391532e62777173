package be.interfederal.cycle.strategy.mestrategy;

import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.strategy.domain.Identified;
import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One indicator of the M&E strategy, and its data provider's confirmation. */
@Entity
@Table(name = "me_indicator")
public class MeIndicator extends Identified {

  /** Column size of the confirmation remarks (V8 migration). */
  public static final int REMARKS_LENGTH = 4000;

  @Column(name = "strategy_id", nullable = false)
  private Long strategyId;

  @Column(nullable = false)
  private int position;

  @Column(name = "title_nl", nullable = false, length = IndicatorRows.TITLE_LENGTH)
  private String titleNl;

  @Column(name = "title_fr", nullable = false, length = IndicatorRows.TITLE_LENGTH)
  private String titleFr;

  @Column(name = "objective_code", nullable = false)
  private String objective;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IndicatorKind kind;

  @Column(name = "provider_group", nullable = false)
  private String provider;

  @Column(nullable = false, length = IndicatorRows.VALUE_LENGTH)
  private String baseline;

  @Column(name = "baseline_year", nullable = false)
  private int baselineYear;

  @Column(length = IndicatorRows.VALUE_LENGTH)
  private String target;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Frequency frequency;

  @Column(name = "euda_comparable", nullable = false)
  private boolean eudaComparable;

  @Enumerated(EnumType.STRING)
  private Confirmation confirmation;

  @Column(name = "confirmation_remarks", length = REMARKS_LENGTH)
  private String confirmationRemarks;

  @Embedded
  private Recorded recorded;

  protected MeIndicator() {}

  public MeIndicator(Long strategyId, int position, Indicator indicator, String by) {
    this.strategyId = strategyId;
    this.position = position;
    this.titleNl = indicator.title().getNl();
    this.titleFr = indicator.title().getFr();
    this.objective = indicator.objective();
    this.kind = indicator.kind();
    this.provider = indicator.provider();
    this.baseline = indicator.baseline();
    this.baselineYear = indicator.baselineYear();
    this.target = indicator.target();
    this.frequency = indicator.frequency();
    this.eudaComparable = indicator.eudaComparable();
    this.recorded = Recorded.by(by);
  }

  public void confirm(Confirmation answer, String remarks) {
    confirmation = answer;
    confirmationRemarks = remarks;
  }

  public int getPosition() { return position; }
  /** Indicators have Dutch and French titles (the strategy's M&E part is not published in English). */
  public LocalizedText getTitle() { return new LocalizedText(titleNl, titleFr, null); }
  public String getObjective() { return objective; }
  public IndicatorKind getKind() { return kind; }
  public String getProvider() { return provider; }
  public String getBaseline() { return baseline; }
  public int getBaselineYear() { return baselineYear; }
  public String getTarget() { return target; }
  public Frequency getFrequency() { return frequency; }
  public boolean isEudaComparable() { return eudaComparable; }
  public Confirmation getConfirmation() { return confirmation; }
  public String getConfirmationRemarks() { return confirmationRemarks; }
}
