package be.interfederal.cycle.platform.password;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.PasswordManager;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Camunda creates the administrator from {@code camunda.bpm.admin-user} (ADMIN_USER / ADMIN_PASSWORD) once, when the
 * user does not exist, and never looks at the password again: an operator who rotates ADMIN_PASSWORD after a leak
 * would leave the old password valid. This applies a changed configured password at start-up. It remembers a salted
 * hash of the configured password it last applied (in the user's info), so a password the administrator changed in
 * Camunda Admin stays until the configuration itself changes.
 */
@Component
public class AdminPasswordSync {

  private static final Logger LOG = LoggerFactory.getLogger(AdminPasswordSync.class);
  static final String HASH = "interfederal.configuredPasswordHash";
  static final String SALT = "interfederal.configuredPasswordSalt";

  private final IdentityService identity;
  private final ProcessEngineConfigurationImpl engine;
  private final CamundaBpmProperties camunda;

  AdminPasswordSync(IdentityService identity, ProcessEngineConfiguration engine, CamundaBpmProperties camunda) {
    this.identity = identity;
    this.engine = (ProcessEngineConfigurationImpl) engine;
    this.camunda = camunda;
  }

  /** Returns whether the administrator's password was set from the configuration (because it changed there). */
  public boolean apply() {
    var admin = camunda.getAdminUser();
    if (admin == null || admin.getId() == null || admin.getPassword() == null || admin.getPassword().isEmpty()) {
      return false;
    }
    User user = identity.createUserQuery().userId(admin.getId()).singleResult();
    if (user == null) {
      return false;
    }
    PasswordManager passwords = engine.getPasswordManager();
    String configured = admin.getPassword();
    String hash = identity.getUserInfo(admin.getId(), HASH);
    String salt = identity.getUserInfo(admin.getId(), SALT);
    if (hash == null || salt == null) {
      // first start with this check: only remember the configuration, never overwrite a password set in Admin
      remember(admin.getId(), configured, passwords);
      return false;
    }
    if (passwords.check(configured + salt, hash)) {
      return false;
    }
    // set, not compared: a wrong IdentityService.checkPassword would count as a failed login of the administrator
    user.setPassword(configured);
    identity.saveUser(user);
    LOG.info("The password of administrator '{}' was set from the configuration (ADMIN_PASSWORD changed)", admin.getId());
    remember(admin.getId(), configured, passwords);
    return true;
  }

  private void remember(String adminId, String configured, PasswordManager passwords) {
    String newSalt = engine.getSaltGenerator().generateSalt();
    identity.setUserInfo(adminId, SALT, newSalt);
    identity.setUserInfo(adminId, HASH, passwords.encrypt(configured + newSalt));
  }
}
