package be.interfederal.cycle.cycle;

import be.interfederal.cycle.documents.CycleParticipants;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The documents of a cycle may be read by the groups that had a task in it. */
@Component
class CycleDocumentParticipants implements CycleParticipants {

  private final CycleRecords records;

  CycleDocumentParticipants(CycleRecords records) {
    this.records = records;
  }

  @Override
  public boolean exists(String businessKey) {
    return records.exists(businessKey);
  }

  @Override
  public Set<String> groupIds(String businessKey) {
    return records.participants(businessKey);
  }
}
