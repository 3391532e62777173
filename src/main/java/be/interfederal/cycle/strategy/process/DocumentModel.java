package be.interfederal.cycle.strategy.process;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import java.util.Map;

/**
 * What one document type's template shows, built from the cycle's tables in one language (docs/documents.md, "Model
 * contract"). One bean per type, in the package of the phase that generates it.
 */
public interface DocumentModel {

  DocumentType type();

  /**
   * Adds the type's own keys to {@code model}; {@code roundNumber} is the round of per-round documents, of the
   * {@code subject} being drafted (the strategy or the action plan), or the number of an early warning's notice.
   */
  void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model);
}
