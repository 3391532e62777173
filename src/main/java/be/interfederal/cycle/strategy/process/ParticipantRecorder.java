package be.interfederal.cycle.strategy.process;

import be.interfederal.cycle.strategy.domain.Cycles;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Records every candidate group of a new task as taking part in the cycle (it may then read its documents). */
@Component
record ParticipantRecorder(Cycles cycles) implements OnEveryTaskCreate {

  @Override
  public void notify(DelegateTask task) {
    String key = task.getExecution().getProcessBusinessKey();
    task.getCandidates().stream().filter(link -> link.getGroupId() != null)
        .forEach(link -> cycles.participate(key, link.getGroupId()));
  }
}
