package be.interfederal.cycle.strategy.analysis;

import be.interfederal.cycle.strategy.domain.PartOfCycle;
import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A data provider's contribution to the situation analysis: its indicators and the data gaps it knows of. */
@Entity
@Table(name = "contribution")
public class Contribution extends PartOfCycle {

  /** Column sizes of contribution and contribution_indicator (V2 migration). */
  public static final int GAPS_LENGTH = 4000;
  public static final int NAME_LENGTH = 500;
  public static final int UNIT_LENGTH = 64;
  public static final int SOURCE_LENGTH = 500;

  @Column(name = "provider_group", nullable = false)
  private String providerGroup;

  @Column(name = "data_gaps", length = GAPS_LENGTH)
  private String dataGaps;

  @Embedded
  private Recorded recorded;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "contribution_indicator", joinColumns = @JoinColumn(name = "contribution_id"))
  @OrderColumn(name = "position")
  private List<Indicator> indicators = new ArrayList<>();

  protected Contribution() {}

  public Contribution(String cycleKey, String providerGroup) {
    super(cycleKey);
    this.providerGroup = providerGroup;
  }

  /** A resubmission (after the analysis was sent back) replaces the earlier one. */
  public void submit(List<Indicator> newIndicators, String gaps, String by) {
    indicators.clear();
    indicators.addAll(newIndicators);
    dataGaps = gaps;
    recorded = Recorded.by(by);
  }

  public String getProviderGroup() { return providerGroup; }
  public String getDataGaps() { return dataGaps; }
  public List<Indicator> getIndicators() { return List.copyOf(indicators); }
  public Recorded getRecorded() { return recorded; }

  /** One indicator: value, reference year, source, method, and whether it is comparable with EUDA standards. */
  @Embeddable
  public static class Indicator {
    @Column(nullable = false, length = NAME_LENGTH)
    private String name;
    @Column(name = "indicator_value", nullable = false)
    private double value;
    @Column(length = UNIT_LENGTH)
    private String unit;
    @Column(name = "reference_year", nullable = false)
    private int year;
    @Column(nullable = false, length = SOURCE_LENGTH)
    private String source;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Method method;
    @Column(name = "euda_comparable", nullable = false)
    private boolean eudaComparable;

    protected Indicator() {}

    public Indicator(String name, double value, String unit, int year, String source, Method method, boolean eudaComparable) {
      this.name = name;
      this.value = value;
      this.unit = unit;
      this.year = year;
      this.source = source;
      this.method = method;
      this.eudaComparable = eudaComparable;
    }

    public String getName() { return name; }
    public double getValue() { return value; }
    public String getUnit() { return unit; }
    public int getYear() { return year; }
    public String getSource() { return source; }
    public Method getMethod() { return method; }
    public boolean isEudaComparable() { return eudaComparable; }
  }
}
