package be.interfederal.cycle.strategy.drafting.consultation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationPositionRepository extends JpaRepository<ConsultationPosition, Long> {
  List<ConsultationPosition> findByRoundIdOrderByGroupIdAscObjectiveNumberAsc(Long roundId);
  List<ConsultationPosition> findByRoundIdAndGroupId(Long roundId, String groupId);
}
