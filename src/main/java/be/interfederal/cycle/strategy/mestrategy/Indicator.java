package be.interfederal.cycle.strategy.mestrategy;

import be.interfederal.cycle.directory.LocalizedText;

/**
 * One indicator of the M&E strategy as the form submits it, checked: the specific objective it measures, whether it
 * is a number or a description, who delivers it, its baseline (and year), an optional target, how often it is
 * measured and whether it is comparable with the EUDA's.
 */
public record Indicator(LocalizedText title, String objective, IndicatorKind kind, String provider, String baseline,
    int baselineYear, String target, Frequency frequency, boolean eudaComparable) {}
