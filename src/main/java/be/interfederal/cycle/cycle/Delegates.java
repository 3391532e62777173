package be.interfederal.cycle.cycle;

import be.interfederal.cycle.cycle.data.ConsultationFollowUp;
import be.interfederal.cycle.cycle.data.DraftingRound;
import be.interfederal.cycle.documents.DocumentService;
import be.interfederal.cycle.documents.DocumentType;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The service tasks and listeners of the cycle's models, one bean each, named as the models call them. They stay
 * thin: the work is in {@link CycleRegistry}, {@link CycleRecords}, {@link DocumentModels} and the document service.
 * Each is safe to run twice (a retried job): records are keyed, documents carry a generation key.
 */
public final class Delegates {

  private Delegates() {}

  /** Refuses to start a cycle without a title or a valid period, or with a business key already taken. */
  @Component("validateCycleStart")
  static class ValidateCycleStart implements ExecutionListener {
    private final CycleRegistry registry;

    ValidateCycleStart(CycleRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void notify(DelegateExecution execution) {
      Integer start = TaskRecorders.integer(execution.getVariable("periodStart"));
      Integer end = TaskRecorders.integer(execution.getVariable("periodEnd"));
      String businessKey = execution.getProcessBusinessKey();
      if ((businessKey == null || businessKey.isBlank()) && start != null && end != null) {
        var history = execution.getProcessEngineServices().getHistoryService();
        execution.setProcessBusinessKey(registry.proposeBusinessKey(start, end, key -> history
            .createHistoricProcessInstanceQuery().processDefinitionKey("policy-cycle").processInstanceBusinessKey(key)
            .count() > 0));
      }
      List<String> problems = registry.problems(execution.getProcessBusinessKey(), (String) execution.getVariable("title"),
          TaskRecorders.integer(execution.getVariable("periodStart")), TaskRecorders.integer(execution.getVariable("periodEnd")),
          (String) execution.getVariable("predecessorKey"));
      if (!problems.isEmpty()) {
        throw new FormFieldValidationException("cycle", String.join("; ", problems));
      }
      execution.setVariable("cycleTitle", execution.getVariable("title"));
      execution.setVariable("periodStart", TaskRecorders.integer(execution.getVariable("periodStart")));
      execution.setVariable("periodEnd", TaskRecorders.integer(execution.getVariable("periodEnd")));
    }
  }

  @Component("registerCycle")
  static class RegisterCycle implements JavaDelegate {
    private final CycleRegistry registry;

    RegisterCycle(CycleRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
      registry.register(execution.getProcessBusinessKey(), (String) execution.getVariable("title"),
          TaskRecorders.integer(execution.getVariable("periodStart")), TaskRecorders.integer(execution.getVariable("periodEnd")),
          (String) execution.getVariable("predecessorKey"));
    }
  }

  /** Opens the next numbered drafting round (with the TMD's remarks when the TMD sent the draft back). */
  @Component("openDraftingRound")
  static class OpenDraftingRound implements JavaDelegate {
    private final CycleRecords records;

    OpenDraftingRound(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
      DraftingRound round = records.openRound(execution.getProcessBusinessKey(), (String) execution.getVariable("tmdRemarks"));
      execution.setVariable("roundNumber", round.getNumber());
    }
  }

  /** Counts the round's objections and publishes the synthesis of positions. */
  @Component("synthesizePositions")
  static class SynthesizePositions implements JavaDelegate {
    private final CycleRecords records;
    private final DocumentGeneration documents;

    SynthesizePositions(CycleRecords records, DocumentGeneration documents) {
      this.records = records;
      this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
      int round = TaskRecorders.integer(execution.getVariable("roundNumber"));
      int objections = records.closeConsultation(execution.getProcessBusinessKey(), round);
      documents.generate(execution, DocumentType.POSITION_SYNTHESIS, DocumentType.POSITION_SYNTHESIS.languages());
      execution.setVariable("objectionCount", objections);
    }
  }

  /** Reminds a consulted group that its position is due soon: recorded, and the task rises in its Tasklist. */
  @Component("sendReminder")
  static class SendReminder implements JavaDelegate {
    /** Tasklist sorts by priority; a reminded task comes before the ordinary ones (priority 50). */
    static final int REMINDED_PRIORITY = 80;
    private final CycleRecords records;
    private final TaskService tasks;

    SendReminder(CycleRecords records, TaskService tasks) {
      this.records = records;
      this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String group = (String) execution.getVariable("consultedGroup");
      int round = TaskRecorders.integer(execution.getVariable("roundNumber"));
      for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("givePosition").list()) {
        tasks.setPriority(task.getId(), REMINDED_PRIORITY);
      }
      records.followUp(execution.getProcessBusinessKey(), round, group, ConsultationFollowUp.Kind.REMINDER,
          "Herinnering: standpunt verwacht tegen " + execution.getVariable("positionDueDate")
              + " / Rappel : position attendue pour le " + execution.getVariable("positionDueDate"), Actor.SYSTEM);
    }
  }

  @Component("markStrategyApproved")
  static class MarkStrategyApproved implements JavaDelegate {
    private final CycleRecords records;

    MarkStrategyApproved(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String key = execution.getProcessBusinessKey();
      LocalDate date = records.currentMeeting(key, "strategy").getMeetingDate();
      records.approve(key, date);
    }
  }

  /**
   * Generates a document in its languages: {@code ${generateDocument.run(execution, 'FINAL_STRATEGY', 'nl,fr,en')}}.
   * An expression rather than field injection, which would be shared between concurrent executions of this bean.
   */
  @Component("generateDocument")
  public static class GenerateDocument {
    private final DocumentGeneration documents;

    GenerateDocument(DocumentGeneration documents) {
      this.documents = documents;
    }

    public void run(DelegateExecution execution, String documentType, String languages) {
      documents.generate(execution, DocumentType.valueOf(documentType), List.of(languages.split("\\s*,\\s*")));
    }
  }

  /** Records every candidate group of a new task as taking part in the cycle (it may then read its documents). */
  @Component
  static class ParticipantRecorder implements OnEveryTaskCreate {
    private final CycleRecords records;

    ParticipantRecorder(CycleRecords records) {
      this.records = records;
    }

    @Override
    public void notify(org.camunda.bpm.engine.delegate.DelegateTask task) {
      String key = task.getExecution().getProcessBusinessKey();
      task.getCandidates().stream().filter(link -> link.getGroupId() != null)
          .forEach(link -> records.participate(key, link.getGroupId()));
    }
  }

  /** Where the documents' generation key comes from: run twice = same key, a later loop = a new key. */
  @Component
  static class DocumentGeneration {
    private final DocumentService service;
    private final DocumentModels models;
    private final HistoryService history;

    DocumentGeneration(DocumentService service, DocumentModels models, HistoryService history) {
      this.service = service;
      this.models = models;
      this.history = history;
    }

    void generate(DelegateExecution execution, DocumentType type, List<String> languages) {
      String key = execution.getProcessBusinessKey();
      Integer round = TaskRecorders.integer(execution.getVariable("roundNumber"));
      long earlierRuns = history.createHistoricActivityInstanceQuery().processInstanceId(execution.getProcessInstanceId())
          .activityId(execution.getCurrentActivityId()).finished().count();
      String generationKey = execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId() + ":" + earlierRuns;
      for (String language : languages) {
        service.generate(key, type, language, models.build(type, key, language, round), generationKey,
            execution.getCurrentActivityId(), execution.getProcessInstanceId());
      }
    }
  }

}
