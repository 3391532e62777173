package be.interfederal.cycle.strategy.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CycleRepository extends JpaRepository<Cycle, String> {
}
