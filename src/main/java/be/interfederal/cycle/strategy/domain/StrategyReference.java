package be.interfederal.cycle.strategy.domain;

import be.interfederal.cycle.directory.LocalizedText;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The published strategies shipped as reference data (src/main/resources/reference/strategy-*.yaml): the 2024–2025
 * and 2026–2029 strategies with their objectives. A cycle without a predecessor cycle starts from one of them.
 */
@Component
public class StrategyReference {

  public record Text(String nl, String fr, String en) {
    public LocalizedText localized() {
      return new LocalizedText(nl, fr, en);
    }
  }

  public record Specific(String number, Text title) {}

  public record Objective(int number, String code, Text title, List<String> pillars, List<Specific> specificObjectives) {}

  public record Strategy(String id, int periodStart, int periodEnd, Text title, LocalDate approvedOn, Text vision,
      Text mission, Text scope, List<Objective> strategicObjectives) {}

  public record Entry(String key, Text name) {}

  public record Lists(List<Entry> pillars, List<Entry> scopeCategories, List<Entry> vulnerableGroups) {}

  private final List<Strategy> strategies;
  private final Lists lists;

  public StrategyReference(ResourcePatternResolver resolver) throws IOException {
    ObjectMapper yaml = YAMLMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .addModule(new JavaTimeModule())
        .build();
    List<Strategy> loaded = new ArrayList<>();
    for (Resource resource : resolver.getResources("classpath*:reference/strategy-*.yaml")) {
      try (InputStream in = resource.getInputStream()) {
        loaded.add(yaml.readValue(in, Strategy.class));
      }
    }
    loaded.sort(Comparator.comparingInt(Strategy::periodStart));
    this.strategies = List.copyOf(loaded);
    try (InputStream in = resolver.getResource("classpath:reference/reference-lists.yaml").getInputStream()) {
      this.lists = yaml.readValue(in, Lists.class);
    }
  }

  /** The pillars, the scope categories and the vulnerable groups (a list that can grow). */
  public Lists lists() {
    return lists;
  }

  public List<Strategy> all() {
    return strategies;
  }

  public Optional<Strategy> byId(String id) {
    return strategies.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The strategy a new cycle starting in the given year builds on: the latest one that started before it. */
  public Optional<Strategy> latestBefore(int periodStart) {
    return strategies.stream().filter(s -> s.periodStart() < periodStart).reduce((a, b) -> b)
        .or(() -> strategies.stream().reduce((a, b) -> b));
  }
}
