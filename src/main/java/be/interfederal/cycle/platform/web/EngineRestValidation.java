package be.interfederal.cycle.platform.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bad input is the caller's error, wherever the engine REST API meets it. Completing a task already answers 400 when
 * a listener refuses the form, but {@code POST /process-definition/.../start} wraps every engine exception in a 500,
 * so a cycle started with an empty title or a period that ends before it starts would look like a server fault.
 * This mapper takes precedence over Camunda's own mapper for {@link RestException} (a lower {@link Priority} wins in
 * Jersey) and answers 400 with the validation message when the cause is a refused form; every other error keeps
 * Camunda's status and body, which {@link EngineRestMessages} then says in Dutch and French.
 */
@Configuration
class EngineRestValidation {

  @Bean
  ResourceConfigCustomizer formValidationAsBadRequest() {
    return config -> config.register(FormValidationMapper.class).register(EngineRestMessages.class);
  }

  @Priority(1000)
  static class FormValidationMapper implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      ExceptionHandlerHelper helper = ExceptionHandlerHelper.getInstance();
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormFieldValidationException refused) {
          return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
              .entity(helper.fromException(refused)).build();
        }
      }
      return helper.getResponse(exception);
    }
  }
}
