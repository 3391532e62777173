package be.interfederal.cycle.platform.setup;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The seeded Tasklist filters show the cycle and its phase as columns, read from these process variables.
 *
 * @param cycleVariable process variable holding the cycle's title
 * @param phaseVariable process variable holding the current phase's display name
 */
@Validated
@ConfigurationProperties("interfederal.tasklist")
public record TasklistProperties(@NotBlank String cycleVariable, @NotBlank String phaseVariable) {}
