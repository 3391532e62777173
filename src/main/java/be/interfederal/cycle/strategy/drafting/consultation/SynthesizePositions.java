package be.interfederal.cycle.strategy.drafting.consultation;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.process.DocumentGeneration;
import be.interfederal.cycle.strategy.process.Values;
import be.interfederal.cycle.strategy.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task synthesizePositions: counts the round's objections and publishes the synthesis of positions. */
@Component("synthesizePositions")
record SynthesizePositions(ConsultationRecords records, DocumentGeneration documents) implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    int round = Values.integer(execution.getVariable(Variables.ROUND_NUMBER));
    int objections = records.closeConsultation(execution.getProcessBusinessKey(), ApprovalSubject.of(execution), round);
    documents.generate(execution, DocumentType.POSITION_SYNTHESIS, DocumentType.POSITION_SYNTHESIS.languages());
    execution.setVariable(Variables.OBJECTION_COUNT, objections);
  }
}
