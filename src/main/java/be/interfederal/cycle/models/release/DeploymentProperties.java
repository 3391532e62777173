package be.interfederal.cycle.models.release;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What the application deploys at start-up.
 *
 * @param name the release's deployments are named "name: model file" with this source; a model is deployed again
 *     only when it differs from what the release deployed last under that name
 * @param resources classpath patterns of the models (bpmn/) and forms (forms/) packaged into the jar
 */
@Validated
@ConfigurationProperties("interfederal.deployment")
public record DeploymentProperties(@NotBlank String name, @NotEmpty List<String> resources) {}
