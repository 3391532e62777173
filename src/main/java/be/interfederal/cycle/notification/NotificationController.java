package be.interfederal.cycle.notification;

import be.interfederal.cycle.platform.web.ApiUser;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user switches their own task e-mails on or off: {@code PUT /api/me/notifications {"enabled": false}}. */
@RestController
@RequestMapping("/api/me/notifications")
class NotificationController {

  private final NotificationSettingRepository settings;

  NotificationController(NotificationSettingRepository settings) {
    this.settings = settings;
  }

  @GetMapping
  Map<String, Object> get(@RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user) {
    return Map.of("userId", user.userId(), "enabled",
        settings.findById(user.userId()).map(NotificationSetting::isEnabled).orElse(true));
  }

  @PutMapping
  @Transactional
  ResponseEntity<Map<String, Object>> put(@RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user,
      @RequestBody Map<String, Object> body) {
    if (!(body.get("enabled") instanceof Boolean enabled)) {
      return ResponseEntity.badRequest().body(Map.of("message",
          "Geef \"enabled\": true of false / Indiquez \"enabled\" : true ou false"));
    }
    NotificationSetting setting = settings.findById(user.userId()).orElseGet(() -> new NotificationSetting(user.userId()));
    setting.set(enabled, user.userId());
    settings.save(setting);
    return ResponseEntity.ok(Map.of("userId", user.userId(), "enabled", enabled));
  }
}
