package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import be.interfederal.cycle.strategy.process.Problem;
import be.interfederal.cycle.strategy.process.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of an action owner's progress form: every action it owns gets a status, a reason when delayed or
 * dropped, and optionally the budget spent so far (EUR, not negative). A plain class, tested without the engine.
 */
public final class ProgressRows {

  /** Budgets are numeric(14, 2) (V6, V10 migrations). */
  static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

  /** An action the owner is asked about. */
  public record Owned(ActionPlanKind plan, int position, String titleNl, String titleFr, String owner) {
    String key() {
      return plan + ":" + position;
    }
  }

  public record Result(List<Progress> reported, List<Problem> problems) {}

  private ProgressRows() {}

  public static Result read(List<Map<String, Object>> rows, List<Owned> owned) {
    Map<String, Owned> open = new LinkedHashMap<>();
    owned.forEach(o -> open.put(o.key(), o));
    List<Progress> reported = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      String key = Values.string(row, "plan") + ":" + Values.integer(row.get("position"));
      Owned action = open.remove(key);
      if (action == null) {
        problems.add(new Problem("Actie " + key + " is niet van u (of staat er twee keer)",
            "L'action " + key + " n'est pas la vôtre (ou figure deux fois)"));
        continue;
      }
      Problem problem = null;
      ProgressStatus status = Values.choice(ProgressStatus.class, Values.string(row, "status"));
      String reason = Values.string(row, "reason");
      BigDecimal spent = Values.decimal(row.get("budgetSpent"));
      String title = action.titleNl();
      if (status == null) {
        problem = new Problem(title + ": kies de stand van zaken", action.titleFr() + " : choisissez l'état d'avancement");
      } else if (status.needsReason() && reason == null) {
        problem = new Problem(title + ": geef de reden waarom de actie vertraagd of geschrapt is",
            action.titleFr() + " : indiquez pourquoi l'action est retardée ou abandonnée");
      } else if (reason != null && reason.length() > ActionProgress.REASON_LENGTH) {
        problem = new Problem(title + ": de reden is hoogstens " + ActionProgress.REASON_LENGTH + " tekens",
            action.titleFr() + " : le motif a au plus " + ActionProgress.REASON_LENGTH + " caractères");
      } else if (Values.string(row, "budgetSpent") != null && (spent == null || spent.signum() < 0
          || spent.compareTo(MAX_BUDGET) > 0)) {
        problem = new Problem(title + ": het bestede budget is een bedrag in euro van 0 of meer",
            action.titleFr() + " : le budget dépensé est un montant en euros de 0 ou plus");
      }
      if (problem != null) {
        problems.add(problem);
      } else {
        reported.add(new Progress(action.plan(), action.position(), action.titleNl(), action.titleFr(), action.owner(),
            status, reason, spent == null ? null : spent.setScale(2, RoundingMode.HALF_UP)));
      }
    }
    open.values().forEach(o -> problems.add(new Problem(o.titleNl() + ": geen stand van zaken gemeld",
        o.titleFr() + " : aucun état d'avancement communiqué")));
    return new Result(reported, problems);
  }
}
