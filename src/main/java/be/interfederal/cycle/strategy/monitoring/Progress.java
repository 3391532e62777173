package be.interfederal.cycle.strategy.monitoring;

import be.interfederal.cycle.strategy.actionplan.ActionPlanKind;
import java.math.BigDecimal;

/** One action's progress as its owner reported it, checked (see {@link ProgressRows}). */
public record Progress(ActionPlanKind planKind, int position, String titleNl, String titleFr, String owner,
    ProgressStatus status, String reason, BigDecimal budgetSpent) {}
