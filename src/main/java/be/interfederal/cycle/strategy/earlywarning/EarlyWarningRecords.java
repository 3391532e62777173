package be.interfederal.cycle.strategy.earlywarning;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A cycle's early warnings, numbered per cycle, and what the informed groups and the chair recorded on each. */
@Service
@Transactional
public class EarlyWarningRecords {

  private final EarlyWarningRepository warnings;
  private final WarningResponseRepository responses;

  public EarlyWarningRecords(EarlyWarningRepository warnings, WarningResponseRepository responses) {
    this.warnings = warnings;
    this.responses = responses;
  }

  /** Records a new signal as the cycle's next early warning. */
  public EarlyWarning register(String cycleKey, String processInstanceId, EarlyWarning.Signal signal, String by) {
    int number = (int) warnings.countByCycleKey(cycleKey) + 1;
    return warnings.save(new EarlyWarning(cycleKey, number, processInstanceId, signal, by));
  }

  /** The chair's remarks when the communication came back, for the secretariat's next draft ("" when none). */
  public String approvalRemarksOf(String processInstanceId) {
    return warnings.findByProcessInstanceId(processInstanceId).map(EarlyWarning::getApprovalRemarks).orElse("");
  }

  /** The number of the warning an early-warning process instance handles. */
  public int numberOf(String processInstanceId) {
    return warnings.findByProcessInstanceId(processInstanceId).map(EarlyWarning::getNumber)
        .orElseThrow(() -> new IllegalStateException("No early warning for process instance " + processInstanceId));
  }

  public EarlyWarning warning(String cycleKey, int number) {
    return warnings.findByCycleKeyAndNumber(cycleKey, number)
        .orElseThrow(() -> new IllegalStateException("Cycle " + cycleKey + " has no early warning " + number));
  }

  public void respond(String cycleKey, int number, String groupId, WarningResponse.Kind kind, String note, String by) {
    responses.save(new WarningResponse(warning(cycleKey, number).getId(), groupId, kind, note, by));
  }

  public List<WarningResponse> responses(String cycleKey, int number) {
    return responses.findByEarlyWarningIdOrderById(warning(cycleKey, number).getId());
  }
}
