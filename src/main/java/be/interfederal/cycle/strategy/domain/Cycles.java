package be.interfederal.cycle.strategy.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cycle and its strategic objectives, which every phase reads and several phases update. */
@Service
@Transactional
public class Cycles {

  private final CycleRepository cycles;
  private final CycleObjectiveRepository objectives;
  private final CycleParticipantRepository participants;

  public Cycles(CycleRepository cycles, CycleObjectiveRepository objectives, CycleParticipantRepository participants) {
    this.cycles = cycles;
    this.objectives = objectives;
    this.participants = participants;
  }

  public Cycle cycle(String businessKey) {
    return cycles.findById(businessKey)
        .orElseThrow(() -> new IllegalStateException("No cycle with business key " + businessKey));
  }

  public boolean exists(String businessKey) {
    return businessKey != null && cycles.existsById(businessKey);
  }

  /** Moves the cycle to the phase that has started. */
  public void enter(String businessKey, Cycle.Status status) {
    cycle(businessKey).setStatus(status);
  }

  /** The strategic objectives, in order. */
  public List<CycleObjective> objectives(String businessKey) {
    return objectives.findByCycleKeyOrderByNumber(businessKey);
  }

  /** Every specific objective of the cycle, in the strategy's order (1.1, 1.2, …, 3.10). */
  public List<CycleObjective.Specific> specificObjectives(String businessKey) {
    return objectives(businessKey).stream().flatMap(o -> o.getSpecificObjectives().stream()).toList();
  }

  public CycleObjective objective(String businessKey, int number) {
    return objectives.findByCycleKeyAndNumber(businessKey, number)
        .orElseThrow(() -> new IllegalStateException("Cycle " + businessKey + " has no objective " + number));
  }

  public int objectiveCount(String businessKey) {
    return objectives(businessKey).size();
  }

  /** Records a group as taking part in the cycle (it may then read the cycle's documents). */
  public void participate(String businessKey, String groupId) {
    if (exists(businessKey) && !participants.existsById(new CycleParticipant.Key(businessKey, groupId))) {
      participants.save(new CycleParticipant(businessKey, groupId));
    }
  }

  public Set<String> participants(String businessKey) {
    Set<String> groups = new TreeSet<>();
    participants.findByCycleKey(businessKey).forEach(p -> groups.add(p.getGroupId()));
    return groups;
  }
}
