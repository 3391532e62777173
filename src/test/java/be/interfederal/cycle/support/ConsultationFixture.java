package be.interfederal.cycle.support;

import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.drafting.DraftingRecords;
import be.interfederal.cycle.strategy.start.CycleRegistry;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * A registered cycle with an open drafting round, so that a test can ask one cabinet or administration for its
 * position exactly as gdpc-drafting does, without walking the phases before it.
 */
public class ConsultationFixture {

  private final RuntimeService runtime;
  private final String businessKey = "fixture" + UUID.randomUUID().toString().substring(0, 8);

  public ConsultationFixture(CycleRegistry registry, DraftingRecords draftingRecords, RuntimeService runtime, String title) {
    this.runtime = runtime;
    registry.register(businessKey, title, 2030, 2033, null);
    draftingRecords.openRound(businessKey, ApprovalSubject.strategy, null);
  }

  public String businessKey() {
    return businessKey;
  }

  public ProcessInstance ask(String group) {
    return runtime.startProcessInstanceByKey("consultation-position", businessKey, Map.of(
        "consultedGroup", group, "roundNumber", 1, "cycleTitle", "Interfederale drugsstrategie 2030–2033",
        "phaseName", "4. Opmaak ACD / Rédaction CGPD",
        "positionDueDate", new Date(System.currentTimeMillis() + Duration.ofDays(14).toMillis())));
  }
}
