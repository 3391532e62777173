package be.interfederal.cycle.strategy.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleParticipantRepository extends JpaRepository<CycleParticipant, CycleParticipant.Key> {
  List<CycleParticipant> findByCycleKey(String cycleKey);
}
