package be.interfederal.cycle.strategy.mestrategy;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A cycle's M&E strategy and its indicators. Recording the same draft twice leaves one strategy. */
@Service
@Transactional
public class MeStrategyRecords {

  private final MeStrategyRepository strategies;
  private final MeIndicatorRepository indicators;

  public MeStrategyRecords(MeStrategyRepository strategies, MeIndicatorRepository indicators) {
    this.strategies = strategies;
    this.indicators = indicators;
  }

  public MeStrategy strategy(String businessKey) {
    return strategies.findByCycleKey(businessKey).orElseGet(() -> strategies.save(new MeStrategy(businessKey)));
  }

  public List<MeIndicator> indicators(String businessKey) {
    return indicators.findByStrategyIdOrderByPosition(strategy(businessKey).getId());
  }

  /** The secretariat's draft replaces the indicators (and their confirmations) and sets the calendar. */
  public void draft(String businessKey, List<Indicator> drafted, String monitoringDay, LocalDate midTerm,
      LocalDate last, String by) {
    MeStrategy strategy = strategy(businessKey);
    indicators.deleteAll(indicators.findByStrategyIdOrderByPosition(strategy.getId()));
    indicators.flush();
    int position = 1;
    for (Indicator indicator : drafted) {
      indicators.save(new MeIndicator(strategy.getId(), position++, indicator, by));
    }
    strategy.plan(monitoringDay, midTerm, last);
  }

  /** A data provider confirms, or objects to, the indicators it is to deliver (those of the providers it delivers for). */
  public void confirm(String businessKey, List<String> providers, Confirmation answer, String remarks) {
    indicators(businessKey).stream().filter(i -> providers.contains(i.getProvider()))
        .forEach(i -> i.confirm(answer, remarks));
  }

  public void opinion(String businessKey, String nl, String fr) {
    strategy(businessKey).opinion(nl, fr);
  }

  public void approve(String businessKey, LocalDate on) {
    strategy(businessKey).approve(on);
  }
}
