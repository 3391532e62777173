package be.interfederal.cycle.strategy.drafting.consultation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationFollowUpRepository extends JpaRepository<ConsultationFollowUp, Long> {
  List<ConsultationFollowUp> findByRoundId(Long roundId);
}
