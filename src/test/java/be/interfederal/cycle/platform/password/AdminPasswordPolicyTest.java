package be.interfederal.cycle.platform.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdminPasswordPolicyTest {

  private static final List<String> DEFAULTS = List.of("admin", "demo", "password", "camunda", "changeme");

  @Test
  void refusesMissingDefaultShortAndUserNamePasswords() {
    assertThat(AdminPasswordPolicy.check("admin", null, DEFAULTS, 12)).contains("not set");
    assertThat(AdminPasswordPolicy.check("admin", "  ", DEFAULTS, 12)).contains("not set");
    assertThat(AdminPasswordPolicy.check("admin", "Admin", DEFAULTS, 12)).contains("default");
    assertThat(AdminPasswordPolicy.check("admin", "demo", DEFAULTS, 12)).contains("default");
    assertThat(AdminPasswordPolicy.check("cellAdministrator", "cellAdministrator", DEFAULTS, 12)).contains("default");
    assertThat(AdminPasswordPolicy.check("admin", "Tr0ub4dor&", DEFAULTS, 12)).contains("shorter than 12");
  }

  @Test
  void acceptsALongOwnPassword() {
    assertThat(AdminPasswordPolicy.check("admin", "correct horse battery staple", DEFAULTS, 12)).isNull();
  }
}
