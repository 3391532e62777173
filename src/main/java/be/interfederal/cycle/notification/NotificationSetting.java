package be.interfederal.cycle.notification;

import be.interfederal.cycle.strategy.domain.Recorded;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user's own choice to receive task e-mails (on unless they switched it off). */
@Entity
@Table(name = "notification_setting")
public class NotificationSetting {

  @Id
  @Column(name = "user_id")
  private String userId;

  @Column(nullable = false)
  private boolean enabled;

  @Embedded
  private Recorded recorded;

  protected NotificationSetting() {}

  public NotificationSetting(String userId) {
    this.userId = userId;
    this.enabled = true;
  }

  void set(boolean on, String by) {
    enabled = on;
    recorded = Recorded.by(by);
  }

  public String getUserId() { return userId; }
  public boolean isEnabled() { return enabled; }
}
