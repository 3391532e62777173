package be.interfederal.cycle.directory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinisterRepository extends JpaRepository<Minister, String> {
  List<Minister> findAllByOrderByEndorsementOrderAsc();
}
