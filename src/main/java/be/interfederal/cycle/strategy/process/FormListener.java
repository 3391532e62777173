package be.interfederal.cycle.strategy.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * What happens when a user task is completed with its form: the submission is read and checked, and only when
 * nothing is wrong is it recorded.
 *
 * <p>These are execution listeners on the user task's "end" event rather than task listeners: the engine wraps
 * whatever a task listener throws, which the REST API turns into a 500, while the
 * {@code FormFieldValidationException} that {@link FormInput#check()} throws from an execution listener reaches it
 * as it is and becomes a 400 with the message. The transaction rolls back and the task stays open either way. A
 * cancelled task (a deleted cycle) is not a submission and is not checked.
 */
public interface FormListener extends ExecutionListener, ReadsForm {

  /**
   * Reads and checks the submission, reporting problems to {@code form}; returns what to record, which runs only
   * when there were none.
   */
  Runnable read(DelegateExecution task, FormInput form);

  @Override
  default void notify(DelegateExecution task) {
    if (task.isCanceled()) {
      return;
    }
    FormInput form = FormInput.of(task, fields());
    Runnable record = read(task, form);
    form.check();
    record.run();
  }
}
