package be.interfederal.cycle.strategy.approval;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TmdMeetingRepository extends JpaRepository<TmdMeeting, Long> {
  Optional<TmdMeeting> findFirstByCycleKeyAndSubjectOrderByIdDesc(String cycleKey, ApprovalSubject subject);
}
