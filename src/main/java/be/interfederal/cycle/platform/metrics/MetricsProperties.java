package be.interfederal.cycle.platform.metrics;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param readerGroups the groups whose members may read /actuator/prometheus */
@ConfigurationProperties("interfederal.metrics")
public record MetricsProperties(List<String> readerGroups) {

  public MetricsProperties {
    readerGroups = readerGroups == null ? List.of() : List.copyOf(readerGroups);
  }
}
