package be.interfederal.cycle.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * Gives every refusal of the engine REST API a message in Dutch and French ({@link ClientFaults}), whichever mapper
 * made it: Camunda's, Jackson's for malformed JSON (an empty 400), or Jersey's for a wrong content type.
 */
class EngineRestMessages implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    Object entity = response.getEntity();
    String message = entity instanceof ExceptionDto dto ? dto.getMessage()
        : entity instanceof String text ? text : null;
    if (response.getStatus() < 400 || (entity != null && message == null)) {
      return;
    }
    ClientFaults.translate(response.getStatus(), message,
        "POST".equals(request.getMethod()) || "PUT".equals(request.getMethod())).ifPresent(answer -> {
      // the same body, said again: its type, code and details (a parse error's lines) stay as they were
      ExceptionDto translated = entity instanceof ExceptionDto dto ? dto : new ExceptionDto();
      if (translated.getType() == null) {
        translated.setType(answer.status() == 400 ? "InvalidRequestException" : "RestException");
      }
      translated.setMessage(answer.message());
      response.setStatus(answer.status());
      response.setEntity(translated, null, MediaType.APPLICATION_JSON_TYPE);
    });
  }
}
