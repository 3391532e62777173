package be.interfederal.cycle.directory;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Objects;

/** One mandate of a minister: the government they sit in and their portfolio there. */
@Embeddable
public class Mandate {

  @Column(name = "government_id", nullable = false)
  private String governmentId;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "nl", column = @Column(name = "portfolio_nl", nullable = false)),
    @AttributeOverride(name = "fr", column = @Column(name = "portfolio_fr", nullable = false)),
    @AttributeOverride(name = "en", column = @Column(name = "portfolio_en"))
  })
  private LocalizedText portfolio;

  protected Mandate() {}

  public Mandate(String governmentId, LocalizedText portfolio) {
    this.governmentId = governmentId;
    this.portfolio = portfolio;
  }

  public String getGovernmentId() {
    return governmentId;
  }

  public LocalizedText getPortfolio() {
    return portfolio;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mandate other
        && Objects.equals(governmentId, other.governmentId)
        && Objects.equals(portfolio, other.portfolio);
  }

  @Override
  public int hashCode() {
    return Objects.hash(governmentId, portfolio);
  }
}
