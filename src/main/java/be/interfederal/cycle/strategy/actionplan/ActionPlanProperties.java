package be.interfederal.cycle.strategy.actionplan;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the action plans are due: a day of the cycle's first year per kind ({@code cndc: "06-30"}: the strategy
 * 2026–2029 asks the CNDC's plan "by the end of June"; {@code interfederal: "12-31"}: with the M&E strategy "by
 * December"). A phase that starts after that day gets {@code interfederal.due-dates.actionPlanMinimum} instead.
 */
@ConfigurationProperties("interfederal.action-plans")
public record ActionPlanProperties(Map<ActionPlanKind, String> dueDay) {

  public ActionPlanProperties {
    dueDay = dueDay == null ? Map.of() : Map.copyOf(dueDay);
  }
}
