package be.interfederal.cycle.models.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MigrationRecordRepository extends JpaRepository<MigrationRecord, Long> {

  List<MigrationRecord> findAllByOrderByIdDesc();
}
