package be.interfederal.cycle.models.validation;

import be.interfederal.cycle.models.AdminApiException;
import be.interfederal.cycle.models.Administrators;
import be.interfederal.cycle.platform.web.ApiUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /api/admin/models/validate}: the dry run of a deployment, with the same multipart files Camunda Modeler
 * sends (each file under its name). Answers 200 with every problem the deployment would be refused for, or none.
 */
@RestController
class ModelValidationController {

  private final ModelEnvironment environment;
  private final EngineParse engineParse;
  private final ProcessEngineConfigurationImpl engine;

  ModelValidationController(ModelEnvironment environment, EngineParse engineParse, @Lazy ProcessEngineConfigurationImpl engine) {
    this.environment = environment;
    this.engineParse = engineParse;
    this.engine = engine;
  }

  record Result(List<ModelProblem> problems) {}

  @PostMapping(path = "/api/admin/models/validate", consumes = "multipart/form-data")
  Result validate(@RequestAttribute(ApiUser.ATTRIBUTE) ApiUser user, MultipartHttpServletRequest request) {
    Administrators.require(user);
    Map<String, byte[]> resources = new LinkedHashMap<>();
    request.getMultiFileMap().forEach((part, files) -> files.forEach(file -> resources.put(name(part, file), bytes(file))));
    if (resources.isEmpty()) {
      throw new AdminApiException(HttpStatus.BAD_REQUEST, "Geen bestand ontvangen: stuur de modellen en formulieren als "
          + "multipart/form-data", "Aucun fichier reçu : envoyez les modèles et formulaires en multipart/form-data");
    }
    // as the deployment would: the forms a revised process keeps from its previous version
    resources.putAll(engine.getCommandExecutorTxRequired().execute(
        context -> FormCarryOver.missing(context, ModelChecks.parseModels(resources), resources)));
    List<ModelProblem> problems = new ArrayList<>(new ModelChecks(environment).check(resources));
    resources.forEach((name, bytes) -> {
      boolean malformed = problems.stream().anyMatch(p -> p.resource().equals(name) && p.element() == null && p.line() != null);
      if (ModelChecks.isModel(name) && !malformed) {
        problems.addAll(engineParse.problems(name, bytes));
      }
    });
    return new Result(problems);
  }

  private static String name(String part, MultipartFile file) {
    return file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? part : file.getOriginalFilename();
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
