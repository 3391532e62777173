package be.interfederal.cycle.strategy.domain;

import be.interfederal.cycle.documents.CycleParticipants;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The documents of a cycle may be read by the groups that had a task in it. */
@Component
record CycleDocumentParticipants(Cycles cycles) implements CycleParticipants {

  @Override
  public boolean exists(String businessKey) {
    return cycles.exists(businessKey);
  }

  @Override
  public Set<String> groupIds(String businessKey) {
    return cycles.participants(businessKey);
  }
}
