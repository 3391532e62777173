package be.interfederal.cycle.strategy.process;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Whether the user completing a task belongs to the group the task is for. A multi-instance task keeps its group in a
 * variable, which a completion could overwrite; the listener checks the user against it before recording anything in
 * that group's name.
 */
@Component
public record GroupMembership(IdentityService identity) {

  public void check(FormInput form, String group) {
    String user = Actor.current();
    if (Actor.SYSTEM.equals(user) || group == null) {
      return;
    }
    if (identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
      form.problem("U antwoordt niet namens " + group, "Vous ne répondez pas au nom de " + group);
    }
  }
}
