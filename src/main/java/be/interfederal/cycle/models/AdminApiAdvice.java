package be.interfederal.cycle.models;

import be.interfederal.cycle.platform.web.ApiErrors;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The administrators' API answers its refusals as JSON with a message in Dutch and French. */
@RestControllerAdvice(basePackages = "be.interfederal.cycle.models")
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminApiAdvice {

  @ExceptionHandler(AdminApiException.class)
  ResponseEntity<Map<String, Object>> refused(AdminApiException e) {
    return ResponseEntity.status(e.status()).body(ApiErrors.body(e.status().value(), e.nl(), e.fr()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    return ResponseEntity.badRequest().body(ApiErrors.body(400, "De aanvraag is geen geldige JSON",
        "La demande n'est pas un JSON valide"));
  }

  /** An engine refusal while judging or migrating (an instance ended meanwhile, a conflict): try again, not a 500. */
  @ExceptionHandler(ProcessEngineException.class)
  ResponseEntity<Map<String, Object>> engine(ProcessEngineException e) {
    return ResponseEntity.status(409).body(ApiErrors.body(409, "De engine weigerde: " + e.getMessage() + " — probeer opnieuw",
        "Le moteur a refusé : " + e.getMessage() + " — réessayez"));
  }
}
