package be.interfederal.cycle.strategy.analysis;

import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores what the situation analysis's tasks produce. Keyed: doing it twice leaves one record. */
@Service
@Transactional
public class AnalysisRecords {

  private final Cycles cycles;
  private final ContributionRepository contributions;
  private final AnalysisReviewRepository reviews;

  public AnalysisRecords(Cycles cycles, ContributionRepository contributions, AnalysisReviewRepository reviews) {
    this.cycles = cycles;
    this.contributions = contributions;
    this.reviews = reviews;
  }

  /** A provider's contribution; a resubmission (after the analysis was sent back) replaces it. */
  public void contribution(String businessKey, String provider, List<Contribution.Indicator> indicators, String gaps, String by) {
    Contribution contribution = contributions.findByCycleKeyAndProviderGroup(businessKey, provider)
        .orElseGet(() -> new Contribution(businessKey, provider));
    contribution.submit(indicators, gaps, by);
    contributions.save(contribution);
  }

  public List<Contribution> contributions(String businessKey) {
    return contributions.findByCycleKeyOrderByProviderGroup(businessKey);
  }

  public void foresight(String businessKey, List<ForesightTrend> trends, LocalDate workshop, boolean validated) {
    cycles.cycle(businessKey).recordForesight(trends, workshop, validated);
  }

  public void consolidation(String businessKey, String text) {
    cycles.cycle(businessKey).setConsolidation(text);
  }

  public void review(String businessKey, AnalysisDecision decision, String remarks, String by) {
    reviews.save(new AnalysisReview(businessKey, decision, remarks, by));
    if (decision == AnalysisDecision.validated) {
      cycles.enter(businessKey, Cycle.Status.ADVISORY_PANEL);
    }
  }
}
