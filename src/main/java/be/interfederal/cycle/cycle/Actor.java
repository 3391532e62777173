package be.interfederal.cycle.cycle;

import org.camunda.bpm.engine.impl.context.Context;

/** Who did it: the authenticated user completing the task, else the engine itself (a job, a test without login). */
final class Actor {

  static final String SYSTEM = "system";

  private Actor() {}

  static String current() {
    var commandContext = Context.getCommandContext();
    String user = commandContext == null ? null : commandContext.getAuthenticatedUserId();
    return user != null ? user : SYSTEM;
  }
}
