package be.interfederal.cycle.models.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment refused by {@link ModelChecks}. A {@link ParseException}, so that the engine REST API answers it as
 * it answers a model it cannot parse: 400, with the problems per file (line, element) in {@code details}, which
 * Camunda Modeler shows.
 */
public class ModelValidationException extends ParseException {

  private final List<ModelProblem> problems;

  public ModelValidationException(List<ModelProblem> problems) {
    super(message(problems), problems.get(0).resource(), List.of(), List.of());
    this.problems = List.copyOf(problems);
    Map<String, List<Problem>> byResource = new LinkedHashMap<>();
    problems.forEach(p -> byResource.computeIfAbsent(p.resource(), r -> new ArrayList<>()).add(new EngineProblem(p)));
    resorceReports = new ArrayList<>();
    byResource.forEach((resource, errors) -> resorceReports.add(new Report(resource, errors)));
  }

  public List<ModelProblem> problems() {
    return problems;
  }

  private static String message(List<ModelProblem> problems) {
    return "Deployment geweigerd, niets gedeployed / Déploiement refusé, rien n'a été déployé: "
        + problems.stream().map(ModelProblem::describe).collect(Collectors.joining("; "));
  }

  private record Report(String getResourceName, List<Problem> getErrors) implements ResourceReport {
    @Override
    public List<Problem> getWarnings() {
      return List.of();
    }
  }

  private record EngineProblem(ModelProblem problem) implements Problem {
    @Override
    public String getMessage() {
      return problem.nl() + " / " + problem.fr();
    }

    @Override
    public int getLine() {
      return problem.line() == null ? 0 : problem.line();
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return problem.element();
    }

    @Override
    public List<String> getElementIds() {
      return problem.element() == null ? List.of() : List.of(problem.element());
    }
  }
}
