package be.interfederal.cycle.strategy.approval;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MinisterPositionRepository extends JpaRepository<MinisterPosition, Long> {
  List<MinisterPosition> findByMeetingId(Long meetingId);
  Optional<MinisterPosition> findByMeetingIdAndMinisterId(Long meetingId, String ministerId);
}
