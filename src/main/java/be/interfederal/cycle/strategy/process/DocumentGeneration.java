package be.interfederal.cycle.strategy.process;

import be.interfederal.cycle.documents.DocumentService;
import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Generates a service task's documents. The generation key makes it safe to run twice: a retried job finds the
 * documents of its first run, while the same task reached again by a loop (a new round) makes new versions.
 */
@Component
public record DocumentGeneration(DocumentService service, DocumentModels models, HistoryService history) {

  public void generate(DelegateExecution execution, DocumentType type, List<String> languages) {
    String key = execution.getProcessBusinessKey();
    // the number of a numbered document: a drafting round's, or an early warning's in its cycle
    Integer round = Values.integer(execution.getVariable(Variables.ROUND_NUMBER));
    if (round == null) {
      round = Values.integer(execution.getVariable(Variables.WARNING_NUMBER));
    }
    long earlierRuns = history.createHistoricActivityInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId(execution.getCurrentActivityId()).finished().count();
    String generationKey = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + earlierRuns;
    Map<String, Map<String, Object>> byLanguage = new LinkedHashMap<>();
    for (String language : languages) {
      byLanguage.put(language, models.build(type, key, language, round, ApprovalSubject.of(execution)));
    }
    service.generate(key, type, byLanguage, generationKey, execution.getCurrentActivityId(), execution.getProcessInstanceId());
  }
}
