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

  /** Opens the round of this year for its process instance; opening it again (a retried job) finds it. */
  public MonitoringRound open(String businessKey, int year, String processInstanceId) {
    return rounds.findByCycleKeyAndYear(businessKey, year)
        .orElseGet(() -> rounds.save(new MonitoringRound(businessKey, year, processInstanceId)));
  }

  /** The round a monitoring-round process instance runs. */
  public MonitoringRound round(String processInstanceId) {
    return rounds.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No monitoring round for process instance " + processInstanceId));
  }

  public Optional<MonitoringRound> find(String businessKey, int year) {
    return rounds.findByCycleKeyAndYear(businessKey, year);
  }

  public List<MonitoringRound> rounds(String businessKey) {
    return rounds.findByCycleKeyOrderByYear(businessKey);
  }

  public Optional<MonitoringRound> latest(String businessKey) {
    List<MonitoringRound> all = rounds(businessKey);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  public void deliver(MonitoringRound round, List<Delivered> delivered, String by) {
    Long roundId = round.getId();
    for (Delivered d : delivered) {
      IndicatorValue value = values.findByRoundIdAndIndicatorId(roundId, d.indicatorId())
          .orElseGet(() -> new IndicatorValue(roundId, d.indicatorId()));
      value.report(d.value(), d.note(), by);
      values.save(value);
    }
  }

  public void report(MonitoringRound round, List<Progress> reported, String by) {
    Long roundId = round.getId();
    for (Progress p : reported) {
      ActionProgress row = progress.findByRoundIdAndPlanKindAndPosition(roundId, p.planKind(), p.position())
          .orElseGet(() -> new ActionProgress(roundId, p.planKind(), p.position()));
      row.report(p, by);
      progress.save(row);
    }
  }

  /** The values of one round, by indicator id (none when the round was not held). */
  public Map<Long, IndicatorValue> values(String businessKey, int year) {
    return find(businessKey, year).map(round -> values.findByRoundIdIn(List.of(round.getId())).stream()
        .collect(Collectors.toMap(IndicatorValue::getIndicatorId, v -> v))).orElse(Map.of());
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
    return find(businessKey, year).map(round -> progress.findByRoundIdOrderByPlanKindAscPositionAsc(round.getId()))
        .orElse(List.of());
  }
}
