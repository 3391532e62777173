package be.interfederal.cycle.strategy.process;

import be.interfederal.cycle.documents.DocumentType;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Generates a document in its languages: {@code ${generateDocument.run(execution, 'FINAL_STRATEGY', 'nl,fr,en')}}.
 * An expression rather than field injection, which would be shared between concurrent executions of this bean.
 */
@Component("generateDocument")
public class GenerateDocument {

  private final DocumentGeneration documents;

  GenerateDocument(DocumentGeneration documents) {
    this.documents = documents;
  }

  public void run(DelegateExecution execution, String documentType, String languages) {
    documents.generate(execution, DocumentType.valueOf(documentType), List.of(languages.split("\\s*,\\s*")));
  }
}
