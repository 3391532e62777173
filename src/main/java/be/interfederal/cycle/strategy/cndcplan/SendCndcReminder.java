package be.interfederal.cycle.strategy.cndcplan;

import be.interfederal.cycle.notification.TaskMails;
import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.actionplan.ActionPlanRecords;
import be.interfederal.cycle.strategy.drafting.consultation.ConsultationFollowUp;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.Variables;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Task sendCndcReminder: the CNDC's plan is due soon; recorded, an e-mail to its members, the task rises in Tasklist. */
@Component("sendCndcReminder")
record SendCndcReminder(ActionPlanRecords records, TaskService tasks, TaskMails mails) implements JavaDelegate {

  /** Tasklist sorts by priority; a reminded task comes before the ordinary ones (priority 50). */
  static final int REMINDED_PRIORITY = 80;
  static final String DRAFT_TASK = "draftCndcActions";

  @Override
  public void execute(DelegateExecution execution) {
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(DRAFT_TASK).list()) {
      tasks.setPriority(task.getId(), REMINDED_PRIORITY);
      mails.remind(task, Set.of(RecordCndcActions.CNDC), (String) execution.getVariable(Variables.CYCLE_TITLE));
    }
    Object due = execution.getVariable(Variables.CNDC_PLAN_DUE);
    records.followUp(execution.getProcessBusinessKey(), ActionPlanKind.cndc, RecordCndcActions.CNDC,
        ConsultationFollowUp.Kind.REMINDER, "Herinnering: actieplan verwacht tegen " + due
            + " / Rappel : plan d'action attendu pour le " + due, Actor.SYSTEM);
  }
}
