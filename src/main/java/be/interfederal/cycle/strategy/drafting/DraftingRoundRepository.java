package be.interfederal.cycle.strategy.drafting;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftingRoundRepository extends JpaRepository<DraftingRound, Long> {
  List<DraftingRound> findByCycleKeyOrderByNumber(String cycleKey);
  Optional<DraftingRound> findByCycleKeyAndNumber(String cycleKey, int number);
  Optional<DraftingRound> findFirstByCycleKeyOrderByNumberDesc(String cycleKey);
}
