package be.interfederal.cycle.models;

import org.springframework.http.HttpStatus;

/** A refusal of the administrators' API, with its status and a message in Dutch and French. */
public class AdminApiException extends RuntimeException {

  private final HttpStatus status;
  private final String nl;
  private final String fr;

  public AdminApiException(HttpStatus status, String nl, String fr) {
    super(nl + " / " + fr);
    this.status = status;
    this.nl = nl;
    this.fr = fr;
  }

  static AdminApiException forbidden() {
    return new AdminApiException(HttpStatus.FORBIDDEN, "Alleen beheerders (camunda-admin) mogen modellen beheren",
        "Seuls les administrateurs (camunda-admin) peuvent gérer les modèles");
  }

  public HttpStatus status() { return status; }
  public String nl() { return nl; }
  public String fr() { return fr; }
}
