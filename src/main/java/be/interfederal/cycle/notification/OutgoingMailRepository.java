package be.interfederal.cycle.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutgoingMailRepository extends JpaRepository<OutgoingMail, Long> {
  List<OutgoingMail> findTop200ByStatusOrderByIdAsc(MailStatus status);

  boolean existsByRecipientUserAndTaskIdAndKind(String recipientUser, String taskId, MailKind kind);

  List<OutgoingMail> findByTaskId(String taskId);

  long countByStatus(MailStatus status);
}
