package be.interfederal.cycle.models.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeploymentRecordRepository extends JpaRepository<DeploymentRecord, String> {

  List<DeploymentRecord> findAllByOrderByRecordedRecordedAtDesc();
}
