package be.interfederal.cycle.strategy.process;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.Cycles;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The model of any document: the keys every document has, and those of its type's {@link DocumentModel}. */
@Service
@Transactional(readOnly = true)
public class DocumentModels {

  private final Cycles cycles;
  private final Map<DocumentType, DocumentModel> byType = new EnumMap<>(DocumentType.class);

  public DocumentModels(Cycles cycles, List<DocumentModel> models) {
    this.cycles = cycles;
    models.forEach(m -> {
      if (byType.put(m.type(), m) != null) {
        throw new IllegalStateException("Two document models for " + m.type());
      }
    });
  }

  public Map<String, Object> build(DocumentType type, String businessKey, String language, Integer roundNumber,
      ApprovalSubject subject) {
    DocumentModel builder = byType.get(type);
    if (builder == null) {
      throw new IllegalArgumentException("No document model for " + type);
    }
    Cycle cycle = cycles.cycle(businessKey);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("cycleTitle", cycle.getTitle());
    model.put("periodStart", Integer.toString(cycle.getPeriodStart()));
    model.put("periodEnd", Integer.toString(cycle.getPeriodEnd()));
    builder.build(cycle, language, roundNumber, subject, model);
    return model;
  }
}
