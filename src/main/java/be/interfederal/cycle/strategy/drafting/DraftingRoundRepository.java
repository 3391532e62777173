package be.interfederal.cycle.strategy.drafting;

import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftingRoundRepository extends JpaRepository<DraftingRound, Long> {
  List<DraftingRound> findByCycleKeyAndSubjectOrderByNumber(String cycleKey, ApprovalSubject subject);
  Optional<DraftingRound> findByCycleKeyAndSubjectAndNumber(String cycleKey, ApprovalSubject subject, int number);
  Optional<DraftingRound> findFirstByCycleKeyAndSubjectOrderByNumberDesc(String cycleKey, ApprovalSubject subject);
}
