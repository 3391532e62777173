package be.interfederal.cycle.strategy.actionplan;

/**
 * The plans on alcohol, tobacco and gambling that the drugs strategy does not replace (strategy 2024–2025: "vervangt
 * niet de geldende strategische nota's en actieplannen"); an action may belong to one of them.
 */
public enum ExistingPlan { alcohol, smokeFree, gambling }
