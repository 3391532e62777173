package be.interfederal.cycle.platform.password;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start a production instance whose administrator password is missing or a well-known default. It runs
 * before any bean, so the engine never creates an administrator with a weak password.
 */
public class AdminPasswordPolicy implements EnvironmentPostProcessor {

  static final String REQUIRE_STRONG = "interfederal.security.require-strong-admin-password";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.getProperty(REQUIRE_STRONG, Boolean.class, false)) {
      return;
    }
    Binder binder = Binder.get(environment);
    String user = environment.getProperty("camunda.bpm.admin-user.id", "");
    String password = environment.getProperty("camunda.bpm.admin-user.password", "");
    List<String> rejected = binder.bind("interfederal.security.rejected-admin-passwords", Bindable.listOf(String.class))
        .orElse(List.of());
    int minLength = environment.getProperty("interfederal.security.min-admin-password-length", Integer.class, 12);
    String problem = check(user, password, rejected, minLength);
    if (problem != null) {
      throw new WeakAdminPasswordException(problem);
    }
  }

  /** Returns what is wrong with the password, or null when it is acceptable. */
  static String check(String user, String password, List<String> rejected, int minLength) {
    if (password == null || password.isBlank()) {
      return "ADMIN_PASSWORD is not set";
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (rejected.stream().anyMatch(r -> r.equalsIgnoreCase(password)) || lower.equals(user.toLowerCase(Locale.ROOT))) {
      return "ADMIN_PASSWORD is a default password";
    }
    if (password.length() < minLength) {
      return "ADMIN_PASSWORD is shorter than " + minLength + " characters";
    }
    return null;
  }
}
