package be.interfederal.cycle.strategy.analysis;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContributionRepository extends JpaRepository<Contribution, Long> {
  List<Contribution> findByCycleKeyOrderByProviderGroup(String cycleKey);
  Optional<Contribution> findByCycleKeyAndProviderGroup(String cycleKey, String providerGroup);
}
