package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.monitoring.IndicatorValueRows.Delivered;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A cycle's monitoring rounds, the values delivered and the progress reported in them. Keyed by round, indicator and
 * action: submitting again replaces what the same group submitted, never adds a second row.
 */
@Service
@Transactional
public class MonitoringRecords {

  private final MonitoringRoundRepository rounds;
  private final IndicatorValueRepository values;
  private final ActionProgressRepository progress;

  public MonitoringRecords(MonitoringRoundRepository rounds, IndicatorValueRepository values,
      ActionProgressRepository progress) {
    this.rounds = rounds;
    this.values = values;
    this.progress = progress;
  }

  /** The round of this year, opened when first asked for. */
  public MonitoringRound round(String businessKey, int year) {
    return rounds.findByCycleKeyAndYear(businessKey, year)
        .orElseGet(() -> rounds.save(new MonitoringRound(businessKey, year)));
  }

  public List<MonitoringRound> rounds(String businessKey) {
    return rounds.findByCycleKeyOrderByYear(businessKey);
  }

  public Optional<MonitoringRound> latest(String businessKey) {
    List<MonitoringRound> all = rounds(businessKey);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  public void deliver(String businessKey, int year, List<Delivered> delivered, String by) {
    Long roundId = round(businessKey, year).getId();
    for (Delivered d : delivered) {
      IndicatorValue value = values.findByRoundIdAndIndicatorId(roundId, d.indicatorId())
          .orElseGet(() -> new IndicatorValue(roundId, d.indicatorId()));
      value.report(d.value(), d.note(), by);
      values.save(value);
    }
  }

  public void report(String businessKey, int year, List<Progress> reported, String by) {
    Long roundId = round(businessKey, year).getId();
    for (Progress p : reported) {
      ActionProgress row = progress.findByRoundIdAndPlanKindAndPosition(roundId, p.planKind(), p.position())
          .orElseGet(() -> new ActionProgress(roundId, p.planKind(), p.position()));
      row.report(p, by);
      progress.save(row);
    }
  }

  public void consolidate(String businessKey, int year, String nl, String fr, boolean amendment, String motivation) {
    round(businessKey, year).consolidate(nl, fr, amendment, motivation);
  }

  public void validate(String businessKey, int year, RoundValidation decision, String remarks) {
    round(businessKey, year).validate(decision, remarks);
  }

  public void noted(String businessKey, int year, LocalDate on, String remarks) {
    round(businessKey, year).noted(on, remarks);
  }

  /** The values of one round, by indicator id. */
  public Map<Long, IndicatorValue> values(String businessKey, int year) {
    return values.findByRoundIdIn(List.of(round(businessKey, year).getId())).stream()
        .collect(Collectors.toMap(IndicatorValue::getIndicatorId, v -> v));
  }

  /** Every value delivered in the cycle: by indicator id, the value of each reference year. */
  public Map<Long, Map<Integer, String>> history(String businessKey) {
    Map<Long, Integer> referenceYears = rounds(businessKey).stream()
        .collect(Collectors.toMap(MonitoringRound::getId, MonitoringRound::getReferenceYear));
    Map<Long, Map<Integer, String>> history = new TreeMap<>();
    for (IndicatorValue v : values.findByRoundIdIn(referenceYears.keySet())) {
      history.computeIfAbsent(v.getIndicatorId(), id -> new TreeMap<>()).put(referenceYears.get(v.getRoundId()), v.getValue());
    }
    return history;
  }

  public List<ActionProgress> progress(String businessKey, int year) {
    return progress.findByRoundIdOrderByPlanKindAscPositionAsc(round(businessKey, year).getId());
  }
}
