package be.interfederal.cycle.strategy.process;

import java.util.List;

/**
 * Free text that one group typed and a later form shows inside its Markdown text (a Camunda Form's
 * {@code {{signalDescriptionShown}}}): every character Markdown, HTML or the forms' templating would interpret is
 * written as a numeric character reference, so "&lt;b&gt;" and "**" show as typed and no markup or script from a
 * user reaches another user's screen. The forms show the copy; the variable itself keeps what was typed.
 */
public final class ShownAsText {

  /** The free texts the forms show, each as {@code <name>Shown}. */
  public static final List<String> VARIABLES = List.of(Variables.CYCLE_TITLE, "substance", "signalSource",
      "signalDescription", "geography", "riskReasoning", "validationRemarks", "panelRemarks", "coverageGaps",
      "approvalRemarks");

  public static final String SUFFIX = "Shown";

  private static final String SPECIAL = "&<>\"'`*_[](){}#+-!|\\~=:";

  private ShownAsText() {}

  public static String of(String text) {
    StringBuilder shown = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      if (c < 128 && SPECIAL.indexOf(c) >= 0) {
        shown.append("&#").append(c).append(';');
      } else {
        shown.appendCodePoint(c);
      }
    });
    return shown.toString();
  }
}
