package be.interfederal.cycle.platform.password;

/** The production administrator password is missing or a default; see {@link AdminPasswordPolicy}. */
public class WeakAdminPasswordException extends RuntimeException {
  public WeakAdminPasswordException(String message) {
    super(message);
  }
}
