package be.interfederal.cycle.strategy.publishing;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the published documents say that is not the cycle's own data: who signs the strategy, the website, the
 * press release's "next steps" paragraph (website and next steps per language), the core documents the advisory panel takes into account.
 */
@ConfigurationProperties("interfederal.publication")
public record PublicationProperties(List<Signatory> signatories, Map<String, String> website, Map<String, String> nextSteps,
    List<String> coreDocuments) {

  public PublicationProperties {
    signatories = signatories == null ? List.of() : signatories;
    website = website == null ? Map.of() : website;
    nextSteps = nextSteps == null ? Map.of() : nextSteps;
    coreDocuments = coreDocuments == null ? List.of() : coreDocuments;
  }

  public record Signatory(String name, Map<String, String> role) {}
}
