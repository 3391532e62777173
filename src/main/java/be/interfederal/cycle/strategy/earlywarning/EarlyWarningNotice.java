package be.interfederal.cycle.strategy.earlywarning;

import static be.interfederal.cycle.strategy.process.ModelParts.in;
import static be.interfederal.cycle.strategy.process.ModelParts.map;

import be.interfederal.cycle.documents.DocumentType;
import be.interfederal.cycle.strategy.approval.ApprovalSubject;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.process.DocumentModel;
import be.interfederal.cycle.strategy.process.ModelParts;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The early warning notice (task generateWarningNotice; {@code roundNumber} is the warning's number in its cycle): the
 * signal, Sciensano's assessment, who is informed, the aligned communication in the document's language and whether
 * the EU Early Warning System is notified.
 */
@Component
record EarlyWarningNotice(EarlyWarningRecords records, EarlyWarnings earlyWarnings, ModelParts parts)
    implements DocumentModel {

  @Override
  public DocumentType type() {
    return DocumentType.EARLY_WARNING_NOTICE;
  }

  @Override
  public void build(Cycle cycle, String language, Integer roundNumber, ApprovalSubject subject, Map<String, Object> model) {
    if (roundNumber == null) {
      throw new IllegalArgumentException("An early warning notice needs the warning's number (variable warningNumber)");
    }
    EarlyWarning warning = records.warning(cycle.getBusinessKey(), roundNumber);
    model.put("warningNumber", warning.getNumber());
    model.put("substance", warning.getSubstance());
    model.put("signalDescription", warning.getDescription());
    model.put("signalSource", warning.getSource());
    model.put("signalDate", warning.getSignalDate());
    model.put("geography", warning.getGeography());
    model.put("riskLevel", level(warning.getRiskLevel(), language));
    model.put("reasoning", text(warning.getReasoning()));
    model.put("governments", warning.getGovernments().stream().map(g -> earlyWarnings.governmentName(g, language))
        .collect(Collectors.joining(", ")));
    model.put("crimeRelated", Boolean.TRUE.equals(warning.getCrimeRelated()));
    model.put("informedGroups", earlyWarnings.concernedGroups(warning.getGovernments(),
        Boolean.TRUE.equals(warning.getCrimeRelated())).stream().map(g -> map("name", parts.groupName(g, language))).toList());
    model.put("communication", text(warning.getCommunication(language)));
    model.put("euNotification", Boolean.TRUE.equals(warning.getNotifyEu())
        ? in(language, "wordt gemeld aan het EU-systeem voor vroegtijdige waarschuwing van het EUDA",
            "est notifié au système d'alerte précoce de l'UE de l'EUDA", "is notified to the EUDA's EU Early Warning System")
        : in(language, "geen melding aan het EU-systeem", "pas de notification au système de l'UE", "not notified to the EU system"));
  }

  static String level(RiskLevel level, String language) {
    if (level == null) {
      return "";
    }
    return switch (level) {
      case low -> in(language, "laag", "faible", "low");
      case moderate -> in(language, "matig", "modéré", "moderate");
      case high -> in(language, "hoog", "élevé", "high");
    };
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
