package be.interfederal.cycle.documents;

import java.util.List;
import java.util.Locale;

/**
 * The documents the cycle produces, each in the languages it is published in. The slug names the template folder
 * ({@code templates/final-strategy/nl.docx}) and appears in download file names.
 */
public enum DocumentType {
  SITUATION_ANALYSIS_REPORT(DocumentLanguage.NL, DocumentLanguage.FR),
  /** The advisory panel writes one bilingual report: Dutch and French side by side. */
  ADVISORY_REPORT(DocumentLanguage.NL_FR),
  CONSULTATION_DRAFT(DocumentLanguage.NL, DocumentLanguage.FR),
  POSITION_SYNTHESIS(DocumentLanguage.NL, DocumentLanguage.FR),
  TMD_DECISION_FILE(DocumentLanguage.NL, DocumentLanguage.FR),
  FINAL_STRATEGY(DocumentLanguage.NL, DocumentLanguage.FR, DocumentLanguage.EN),
  PRESS_RELEASE(DocumentLanguage.NL, DocumentLanguage.FR, DocumentLanguage.EN),
  /** The National Drugs Office's action plan for its remit. */
  CNDC_ACTION_PLAN(DocumentLanguage.NL, DocumentLanguage.FR),
  /** The interfederal action plan: the draft of each consultation round, then the approved plan. */
  ACTION_PLAN(DocumentLanguage.NL, DocumentLanguage.FR, DocumentLanguage.EN),
  /** The monitoring and evaluation strategy: indicators, their providers, baselines and targets, the calendar. */
  ME_STRATEGY(DocumentLanguage.NL, DocumentLanguage.FR),
  /** The evaluations of the strategy: after the mid-term one, that one; after the final one, both. */
  EVALUATION_REPORT(DocumentLanguage.NL, DocumentLanguage.FR),
  /** A yearly monitoring round's report: indicator values over the years, actions by status; one version per round. */
  MONITORING_REPORT(DocumentLanguage.NL, DocumentLanguage.FR),
  /** What a monitoring round passes on to the EUDA through the Reitox focal point; also in English, the EU's language. */
  EU_REPORTING_ANNEX(DocumentLanguage.NL, DocumentLanguage.FR, DocumentLanguage.EN),
  /** An early warning: the signal, the rapid risk assessment, who is informed, the aligned communication. */
  EARLY_WARNING_NOTICE(DocumentLanguage.NL, DocumentLanguage.FR);

  private final List<DocumentLanguage> languages;

  DocumentType(DocumentLanguage... languages) {
    this.languages = List.of(languages);
  }

  /** The languages a template exists for, as codes ("nl", "fr", "en", "nlfr"). */
  public List<String> languages() {
    return languages.stream().map(DocumentLanguage::code).toList();
  }

  public boolean supports(String language) {
    return languages().contains(language);
  }

  /** "final-strategy": the template folder and the part of a file name that says what the document is. */
  public String slug() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
