package be.interfederal.cycle.strategy.advisory;

import be.interfederal.cycle.strategy.domain.Cycles;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The advisory panel's recommendations, one per strategic objective; recording one again replaces it. */
@Service
@Transactional
public class AdvisoryRecords {

  private final Cycles cycles;
  private final RecommendationRepository recommendations;

  public AdvisoryRecords(Cycles cycles, RecommendationRepository recommendations) {
    this.cycles = cycles;
    this.recommendations = recommendations;
  }

  public void recommendation(String businessKey, int objective, String nl, String fr, String by) {
    Recommendation recommendation = recommendations.findByCycleKeyAndObjectiveNumber(businessKey, objective)
        .orElseGet(() -> new Recommendation(businessKey, objective));
    recommendation.record(nl, fr, by);
    recommendations.save(recommendation);
  }

  public Optional<Recommendation> recommendation(String businessKey, int objective) {
    return recommendations.findByCycleKeyAndObjectiveNumber(businessKey, objective);
  }

  public List<Recommendation> recommendations(String businessKey) {
    return recommendations.findByCycleKeyOrderByObjectiveNumber(businessKey);
  }

  /** The objectives that have no recommendation yet. */
  public List<Integer> objectivesWithoutRecommendation(String businessKey) {
    Set<Integer> done = new TreeSet<>();
    recommendations(businessKey).forEach(r -> done.add(r.getObjectiveNumber()));
    return cycles.objectives(businessKey).stream().map(o -> o.getNumber()).filter(n -> !done.contains(n)).toList();
  }
}
