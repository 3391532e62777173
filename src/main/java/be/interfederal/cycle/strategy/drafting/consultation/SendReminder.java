package be.interfederal.cycle.strategy.drafting.consultation;

import be.interfederal.cycle.notification.TaskMails;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.process.Actor;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Task sendReminder: a consulted group's position is due soon; recorded, its members get an e-mail, and the task rises
 * in its Tasklist.
 */
@Component("sendReminder")
record SendReminder(ConsultationRecords records, TaskService tasks, TaskMails mails) implements JavaDelegate {

  /** Tasklist sorts by priority; a reminded task comes before the ordinary ones (priority 50). */
  static final int REMINDED_PRIORITY = 80;
  /** The task the reminder is about (consultation-position.bpmn). */
  static final String GIVE_POSITION = "givePosition";

  @Override
  public void execute(DelegateExecution execution) {
    String group = (String) execution.getVariable(Variables.CONSULTED_GROUP);
    int round = Values.integer(execution.getVariable(Variables.ROUND_NUMBER));
    Object due = execution.getVariable(Variables.POSITION_DUE_DATE);
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(GIVE_POSITION).list()) {
      tasks.setPriority(task.getId(), REMINDED_PRIORITY);
      mails.remind(task, Set.of(group), (String) execution.getVariable(Variables.CYCLE_TITLE));
    }
    records.followUp(execution.getProcessBusinessKey(), ApprovalSubject.of(execution), round, group, ConsultationFollowUp.Kind.REMINDER,
        "Herinnering: standpunt verwacht tegen " + due + " / Rappel : position attendue pour le " + due, Actor.SYSTEM);
  }
}
