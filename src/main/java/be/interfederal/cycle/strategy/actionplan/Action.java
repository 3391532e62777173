package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.directory.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One action of an action plan as a form submits it, checked: the specific objectives of this cycle it serves, who
 * leads it (a government, and the minister when one is named) and with whom, when, with which budget, in which pillar
 * and scope category, and the existing plan it belongs to, if any.
 */
public record Action(LocalizedText title, List<String> objectives, String leadGovernment, String leadMinister,
    String partners, LocalDate start, LocalDate end, BigDecimal budget, String pillar, String scopeCategory,
    ExistingPlan existingPlan) {}
