package be.interfederal.cycle.models.validation;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The engine's own parse of a model, for the dry run: what the engine would refuse when deploying it (a gateway flow
 * without a condition, an invalid timer, ...), reported with line and element. Nothing is stored.
 */
@Component
class EngineParse {

  private final ProcessEngineConfigurationImpl engine;

  EngineParse(@Lazy ProcessEngineConfigurationImpl engine) {
    this.engine = engine;
  }

  List<ModelProblem> problems(String resource, byte[] model) {
    return engine.getCommandExecutorTxRequired().execute(context -> {
      DeploymentEntity deployment = new DeploymentEntity();
      deployment.setId("dry-run");
      deployment.setName("dry-run");
      try {
        new BpmnParser(engine.getExpressionManager(), engine.getBpmnParseFactory()).createParse().sourceInputStream(new ByteArrayInputStream(model))
            .deployment(deployment).name(resource).execute();
        return List.of();
      } catch (ParseException e) {
        List<ModelProblem> problems = new ArrayList<>();
        for (ResourceReport report : e.getResorceReports()) {
          for (Problem problem : report.getErrors()) {
            problems.add(new ModelProblem(resource, problem.getMainElementId(), problem.getLine() > 0 ? problem.getLine() : null,
                "de engine aanvaardt het model niet: " + problem.getMessage(),
                "le moteur n'accepte pas le modèle : " + problem.getMessage()));
          }
        }
        return problems;
      }
    });
  }
}
