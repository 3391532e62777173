package be.interfederal.cycle.strategy.earlywarning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WarningResponseRepository extends JpaRepository<WarningResponse, Long> {
  List<WarningResponse> findByEarlyWarningIdOrderById(Long earlyWarningId);
}
