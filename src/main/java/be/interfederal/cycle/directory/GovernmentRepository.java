package be.interfederal.cycle.directory;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GovernmentRepository extends JpaRepository<Government, String> {
}
