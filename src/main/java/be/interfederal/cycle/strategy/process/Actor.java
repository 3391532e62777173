package be.interfederal.cycle.strategy.process;

import org.camunda.bpm.engine.impl.context.Context;

/** Who did it: the authenticated user completing the task, else the engine itself (a job, a test without login). */
public final class Actor {

  public static final String SYSTEM = "system";

  private Actor() {}

  public static String current() {
    var commandContext = Context.getCommandContext();
    String user = commandContext == null ? null : commandContext.getAuthenticatedUserId();
    return user != null ? user : SYSTEM;
  }
}
