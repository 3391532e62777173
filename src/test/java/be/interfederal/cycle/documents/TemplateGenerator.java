package be.interfederal.cycle.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes the initial DOCX templates, one per document type and language, into src/main/resources/templates. Run it
 * once when a template is added or must be started afresh, then edit the templates themselves in Word or
 * LibreOffice: from then on they, not this class, are the source. Running it again overwrites every template.
 *
 * <pre>./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=be.interfederal.cycle.documents.TemplateGenerator [-Dexec.args=target/templates]</pre>
 *
 * The tags are poi-tl's: {@code {{key}}}, sections {@code {{?list}} … {{/list}}}, repeated table rows
 * {@code {{%list}}} with {@code [key]} in the row's cells (see docs/documents.md).
 */
public final class TemplateGenerator {

  // A4 portrait with 2.5 cm margins, in twentieths of a point (twips).
  private static final int PAGE_WIDTH = 11906;
  private static final int PAGE_HEIGHT = 16838;
  private static final int MARGIN = 1418;
  private static final int HEADER_FOOTER_DISTANCE = 709;
  private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

  /** 1.1 lines, in 240ths of a line. */
  private static final int LINE_SPACING = 264;
  /** A quarter inch: where list text starts, and how far its first line hangs out. */
  private static final int LIST_INDENT = 360;
  private static final String FONT = "Arial";
  private static final String NAVY = "1F3864";
  private static final String BLUE = "2E5597";
  private static final String GREY = "595959";
  private static final String RULE = "A6A6A6";
  private static final String LABEL_FILL = "EAEFF7";
  private static final String WHITE = "FFFFFF";

  private static final String CELL_NAMES =
      "General Drugs Policy Cell / Algemene Cel Drugsbeleid / Cellule générale pour la politique des drogues";

  private final DocumentLanguage language;
  private final XWPFDocument doc = new XWPFDocument();
  private BigInteger bulletNumbering;

  private TemplateGenerator(DocumentLanguage language) {
    this.language = language;
  }

  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/templates");
    for (DocumentType type : DocumentType.values()) {
      for (String code : type.languages()) {
        Path file = folder.resolve(TemplateSource.path(type, DocumentLanguage.of(code)));
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
          out.write(generate(type, DocumentLanguage.of(code)));
        }
        System.out.println("wrote " + file);
      }
    }
  }

  /** The initial template of a document type in a language. */
  public static byte[] generate(DocumentType type, DocumentLanguage language) throws IOException {
    TemplateGenerator template = new TemplateGenerator(language);
    template.write(type);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      template.doc.write(out);
      template.doc.close();
      return out.toByteArray();
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The documents

  private void write(DocumentType type) {
    setUp(type);
    switch (type) {
      case SITUATION_ANALYSIS_REPORT -> situationAnalysis();
      case ADVISORY_REPORT -> advisoryReport();
      case CONSULTATION_DRAFT -> consultationDraft();
      case POSITION_SYNTHESIS -> positionSynthesis();
      case TMD_DECISION_FILE -> tmdDecisionFile();
      case FINAL_STRATEGY -> finalStrategy();
      case PRESS_RELEASE -> pressRelease();
      case CNDC_ACTION_PLAN -> cndcActionPlan();
      case ACTION_PLAN -> actionPlan();
      case ME_STRATEGY -> meStrategy();
      case EVALUATION_REPORT -> evaluationReport();
      case MONITORING_REPORT -> monitoringReport();
      case EU_REPORTING_ANNEX -> euReportingAnnex();
      case EARLY_WARNING_NOTICE -> earlyWarningNotice();
    }
  }

  private void situationAnalysis() {
    cover(t("Situatieanalyse", "Analyse de la situation", "Situation analysis"), "{{cycleTitle}}", List.of());
    heading1(t("1. Inleiding", "1. Introduction", "1. Introduction"));
    text(t("Dit rapport bundelt de bijdragen van de gegevensleveranciers, de resultaten van de foresight-oefening en "
            + "de consolidatie door het secretariaat van de Algemene Cel Drugsbeleid. Het vormt de basis voor de "
            + "uitwerking van de nieuwe interfederale drugsstrategie.",
        "Ce rapport rassemble les contributions des fournisseurs de données, les résultats de l'exercice de "
            + "prospective et la consolidation par le secrétariat de la Cellule générale pour la politique des drogues. Il "
            + "constitue la base de l'élaboration de la nouvelle stratégie interfédérale en matière de drogues.",
        "This report brings together the data providers' contributions, the results of the foresight exercise "
            + "and the consolidation by the secretariat of the General Drugs Policy Cell."));
    heading1(t("2. Bijdragen van de gegevensleveranciers", "2. Contributions des fournisseurs de données",
        "2. Contributions of the data providers"));
    tag("{{?contributions}}");
    heading2("{{providerName}}");
    table(new int[] {17, 10, 11, 9, 22, 15, 16},
        new String[] {t("Indicator", "Indicateur", "Indicator"), t("Waarde", "Valeur", "Value"),
            t("Eenheid", "Unité", "Unit"), t("Jaar", "Année", "Year"), t("Bron", "Source", "Source"),
            t("Methode", "Méthode", "Method"), t("EUDA-vergelijkbaar", "Comparable EUDA", "EUDA-comparable")},
        new String[] {"{{%indicators}}[name]", "[value]", "[unit]", "[year]", "[source]", "[method]",
            "[eudaComparable]"});
    labelled(t("Lacunes in de gegevens: ", "Lacunes dans les données : ", "Data gaps: "), "{{dataGaps}}");
    tag("{{/contributions}}");
    heading1(t("3. Foresight", "3. Prospective", "3. Foresight"));
    labelled(t("Workshop: ", "Atelier : ", "Workshop: "), "{{foresightWorkshop}}");
    table(new int[] {75, 25},
        new String[] {t("Trend", "Tendance", "Trend"), t("Prioriteit", "Priorité", "Priority")},
        new String[] {"{{%foresightTrends}}[trend]", "[priority]"});
    heading1(t("4. Eindevaluatie van de vorige strategie", "4. Évaluation finale de la stratégie précédente",
        "4. Final evaluation of the previous strategy"));
    text("{{previousEvaluation}}");
    heading1(t("5. Consolidatie", "5. Consolidation", "5. Consolidation"));
    text("{{consolidation}}");
  }

  private void advisoryReport() {
    cover("Advies van het adviespanel / Avis du panel consultatif", "{{cycleTitle}}", List.of());
    text("Aanbevelingen van het adviespanel aan de Algemene Cel Drugsbeleid, per strategische doelstelling. "
        + "/ Recommandations du panel consultatif à la Cellule générale pour la politique des drogues, par objectif "
        + "stratégique.");
    heading1("1. Aanbevelingen / Recommandations");
    tag("{{?recommendations}}");
    heading2("Strategische doelstelling {{objectiveNumber}} / Objectif stratégique {{objectiveNumber}}");
    XWPFTable table = table(new int[] {50, 50}, new String[] {"Nederlands", "Français"},
        new String[] {"{{objectiveTitleNl}}", "{{objectiveTitleFr}}"});
    bold(table.getRow(1));
    row(table, new String[] {"{{textNl}}", "{{textFr}}"});
    tag("{{/recommendations}}");
    heading1("2. Kerndocumenten / Documents de référence");
    table(new int[] {100}, new String[] {"Titel / Titre"}, new String[] {"{{%coreDocuments}}[title]"});
  }

  private void consultationDraft() {
    cover(t("Ontwerp van interfederale drugsstrategie", "Projet de stratégie interfédérale en matière de drogues",
            "Draft interfederal drugs strategy"), "{{cycleTitle}}",
        List.of(new String[] {t("Consultatieronde", "Tour de consultation", "Consultation round"), "{{roundNumber}}"},
            new String[] {t("Antwoord uiterlijk", "Réponse au plus tard le", "Reply by"), "{{dueDate}}"}));
    text(t("Dit ontwerp wordt voorgelegd aan de kabinetten en administraties van de bevoegde ministers. Geef per "
            + "strategische doelstelling uw standpunt – akkoord, opmerkingen of bezwaar – in Tasklist uiterlijk op "
            + "{{dueDate}}.",
        "Ce projet est soumis aux cabinets et administrations des ministres compétents. Veuillez indiquer votre "
            + "position par objectif stratégique – accord, remarques ou objection – dans Tasklist au plus tard le "
            + "{{dueDate}}.",
        "This draft is submitted to the cabinets and administrations of the competent ministers. Please give your "
            + "position on each strategic objective – agreement, remarks or objection – in Tasklist by {{dueDate}}."));
    strategyBody(1);
    heading1(t("5. Opmerkingen uit de vorige ronde", "5. Remarques du tour précédent",
        "5. Remarks from the previous round"));
    table(new int[] {30, 15, 55},
        new String[] {t("Groep", "Groupe", "Group"), t("Doelstelling", "Objectif", "Objective"),
            t("Opmerkingen", "Remarques", "Remarks")},
        new String[] {"{{%previousRemarks}}[groupName]", "[objectiveNumber]", "[remarks]"});
  }

  private void positionSynthesis() {
    cover(t("Synthese van de standpunten", "Synthèse des positions", "Synthesis of positions"), "{{cycleTitle}}",
        List.<String[]>of(new String[] {t("Consultatieronde", "Tour de consultation", "Consultation round"),
            "{{roundNumber}}"}));
    heading1(t("1. Overzicht", "1. Aperçu", "1. Overview"));
    table(new int[] {34, 33, 33},
        new String[] {t("Akkoord", "Accord", "Agreement"), t("Opmerkingen", "Remarques", "Remarks"),
            t("Bezwaren", "Objections", "Objections")},
        new String[] {"{{agreeCount}}", "{{remarksCount}}", "{{objectionCount}}"});
    heading1(t("2. Standpunten per groep", "2. Positions par groupe", "2. Positions by group"));
    table(new int[] {26, 15, 17, 42},
        new String[] {t("Groep", "Groupe", "Group"), t("Doelstelling", "Objectif", "Objective"),
            t("Standpunt", "Position", "Position"), t("Opmerkingen", "Remarques", "Remarks")},
        new String[] {"{{%positions}}[groupName]", "[objectiveNumber]", "[position]", "[remarks]"});
    heading1(t("3. Uitkomst van de ronde", "3. Résultat du tour", "3. Outcome of the round"));
    text("{{outcome}}");
  }

  private void tmdDecisionFile() {
    cover(t("Beslissingsdossier voor de Thematische Vergadering Drugs",
            "Dossier de décision pour la Réunion thématique Drogues", "Decision file for the Thematic Meeting Drugs"),
        "{{cycleTitle}}",
        List.of(new String[] {t("Consultatierondes", "Tours de consultation", "Consultation rounds"),
                "{{roundCount}}"},
            new String[] {t("Voorzitter ACD", "Président(e) de la CGPD", "Chair of the GDPC"), "{{chairName}}"}));
    heading1(t("1. Voorstel", "1. Proposition", "1. Proposal"));
    text("{{proposal}}");
    heading1(t("2. Strategische doelstellingen", "2. Objectifs stratégiques", "2. Strategic objectives"));
    objectives();
    heading1(t("3. Geraadpleegde groepen", "3. Groupes consultés", "3. Groups consulted"));
    table(new int[] {100}, new String[] {t("Kabinet of administratie", "Cabinet ou administration",
        "Cabinet or administration")}, new String[] {"{{%consultedGroups}}[name]"});
    heading1(t("4. Opmerkingen van de TVD", "4. Remarques de la RTD", "4. Remarks of the TMD"));
    text("{{tmdRemarks}}");
    signature(t("Voor de Algemene Cel Drugsbeleid,", "Pour la Cellule générale pour la politique des drogues,",
        "For the General Drugs Policy Cell,"), "{{chairName}}", t("Voorzitter", "Président(e)", "Chair"));
  }

  private void finalStrategy() {
    cover("{{title}}", t("Goedgekeurd door de Thematische Vergadering Drugs op {{approvalDate}}",
            "Approuvée par la Réunion thématique Drogues le {{approvalDate}}",
            "Approved by the Thematic Meeting Drugs on {{approvalDate}}"),
        List.<String[]>of(new String[] {t("Cyclus", "Cycle", "Cycle"), "{{cycleTitle}}"}));
    strategyBody(1);
    heading1(t("5. Onderschreven door", "5. Approuvée par", "5. Endorsed by"));
    table(new int[] {40, 60},
        new String[] {t("Minister", "Ministre", "Minister"), t("Bevoegdheid", "Compétence", "Portfolio")},
        new String[] {"{{%endorsements}}[salutation] [name]", "[portfolio]"});
    heading1(t("6. Ondertekening", "6. Signatures", "6. Signatures"));
    XWPFTable signatures = table(new int[] {35, 35, 30},
        new String[] {t("Naam", "Nom", "Name"), t("Functie", "Fonction", "Role"),
            t("Handtekening", "Signature", "Signature")},
        new String[] {"{{%signatories}}[name]", "[role]", ""});
    // Room to sign.
    signatures.getRow(1).setHeight(850);
  }

  private void pressRelease() {
    meta(t("PERSBERICHT", "COMMUNIQUÉ DE PRESSE", "PRESS RELEASE"));
    meta(t("Brussel, {{approvalDate}}", "Bruxelles, le {{approvalDate}}", "Brussels, {{approvalDate}}"));
    paragraph("Title", t("De Thematische Vergadering Drugs keurt de {{title}} goed",
        "La Réunion thématique Drogues approuve la {{title}}",
        "The Thematic Meeting Drugs approves the {{title}}"));
    paragraph("Lead", t("Op {{approvalDate}} keurde de Thematische Vergadering Drugs (TVD) van de Interministeriële "
            + "Conferentie Volksgezondheid de {{title}} goed. De Algemene Cel Drugsbeleid bereidde de strategie voor "
            + "in overleg met alle bevoegde kabinetten en administraties.",
        "Le {{approvalDate}}, la Réunion thématique Drogues (RTD) de la Conférence interministérielle Santé publique "
            + "a approuvé la {{title}}. La Cellule générale pour la politique des drogues a préparé la stratégie en "
            + "concertation avec l'ensemble des cabinets et administrations compétents.",
        "On {{approvalDate}}, the Thematic Meeting Drugs (TMD) of the Interministerial Conference on Public Health "
            + "approved the {{title}}. The General Drugs Policy Cell prepared the strategy in consultation with all "
            + "competent cabinets and administrations."));
    heading1(t("De strategische doelstellingen", "Les objectifs stratégiques", "The strategic objectives"));
    tag("{{?objectives}}");
    paragraph("ListNumber", "{{number}}. {{title}}");
    tag("{{/objectives}}");
    heading1(t("Onderschreven door", "Approuvée par", "Endorsed by"));
    tag("{{?endorsements}}");
    bullet("{{salutation}} {{name}}, {{portfolio}}");
    tag("{{/endorsements}}");
    heading1(t("Volgende stappen", "Prochaines étapes", "Next steps"));
    text("{{nextSteps}}");
    labelled(t("Meer informatie: ", "Plus d'informations : ", "More information: "), "{{website}}");
    XWPFParagraph end = paragraph("Meta", "###");
    end.setAlignment(ParagraphAlignment.CENTER);
  }

  /** Vision, mission, scope and the objectives: the body of a draft and of the final strategy. */
  private void cndcActionPlan() {
    cover(t("Actieplan van het Nationaal Drugscommissariaat", "Plan d'action du Commissariat national aux drogues",
            "Action plan of the National Drugs Office"), "{{cycleTitle}}",
        List.of(new String[] {t("Acties", "Actions", "Actions"), "{{actionCount}}"},
            new String[] {t("Totaal budget", "Budget total", "Total budget"), "{{totalBudget}}"}));
    text(t("Het Nationaal Drugscommissariaat (CNDC) werkt voor de aangelegenheden binnen zijn bevoegdheid een actieplan "
            + "uit (strategie {{periodStart}}–{{periodEnd}}, strategische doelstelling 3). De acties staan hieronder per "
            + "specifieke doelstelling.",
        "Le Commissariat national aux drogues (CNDC) élabore un plan d'action pour les matières relevant de sa "
            + "compétence (stratégie {{periodStart}}–{{periodEnd}}, objectif stratégique 3). Les actions figurent "
            + "ci-dessous par objectif spécifique.",
        "The National Drugs Office (CNDC) draws up an action plan for the matters within its remit (strategy "
            + "{{periodStart}}–{{periodEnd}}, strategic objective 3). The actions are listed below by specific objective."));
    heading1(t("1. Acties", "1. Actions", "1. Actions"));
    actionTable();
    heading1(t("2. Opmerkingen van het secretariaat bij de vorige versie", "2. Remarques du secrétariat sur la version "
        + "précédente", "2. Remarks of the secretariat on the previous version"));
    text("{{coherenceRemarks}}");
  }

  private void actionPlan() {
    cover(t("Interfederaal actieplan drugs", "Plan d'action interfédéral drogues", "Interfederal drugs action plan"),
        "{{cycleTitle}}",
        List.of(new String[] {t("Status", "Statut", "Status"), "{{status}}"},
            new String[] {t("Acties", "Actions", "Actions"), "{{actionCount}}"},
            new String[] {t("Totaal budget", "Budget total", "Total budget"), "{{totalBudget}}"}));
    text(t("Het actieplan vertaalt de strategie {{periodStart}}–{{periodEnd}} in acties met verantwoordelijken, timing en "
            + "budget. Elke actie valt binnen de bevoegdheid van de overheid die ze trekt.",
        "Le plan d'action traduit la stratégie {{periodStart}}–{{periodEnd}} en actions, avec leurs responsables, leur "
            + "calendrier et leur budget. Chaque action relève de la compétence du gouvernement qui la pilote.",
        "The action plan translates the strategy {{periodStart}}–{{periodEnd}} into actions with responsibilities, timing "
            + "and budgets. Each action falls within the competence of the government that leads it."));
    heading1(t("1. Acties per specifieke doelstelling", "1. Actions par objectif spécifique", "1. Actions by specific objective"));
    actionTable();
    heading1(t("2. Dekking van de strategie", "2. Couverture de la stratégie", "2. Coverage of the strategy"));
    labelled(t("Specifieke doelstellingen zonder actie: ", "Objectifs spécifiques sans action : ",
        "Specific objectives without an action: "), "{{coverageGaps}}");
    text("{{coverageMotivation}}");
  }

  private void meStrategy() {
    cover(t("Monitoring- en evaluatiestrategie", "Stratégie de suivi et d'évaluation", "Monitoring and evaluation strategy"),
        "{{cycleTitle}}", List.<String[]>of(new String[] {t("Indicatoren", "Indicateurs", "Indicators"), "{{indicatorCount}}"}));
    text(t("De monitoring is continu en periodiek; de strategie {{periodStart}}–{{periodEnd}} wordt tussentijds en op het "
            + "einde geëvalueerd en waar nodig bijgestuurd.",
        "Le suivi est continu et périodique ; la stratégie {{periodStart}}–{{periodEnd}} est évaluée à mi-parcours et au "
            + "terme, et ajustée si nécessaire.",
        "Monitoring is continuous and periodic; the strategy {{periodStart}}–{{periodEnd}} is evaluated at mid-term and at "
            + "the end, and adjusted where necessary."));
    heading1(t("1. Indicatoren", "1. Indicateurs", "1. Indicators"));
    table(new int[] {10, 28, 18, 16, 14, 14},
        new String[] {t("Doel", "Objectif", "Objective"), t("Indicator", "Indicateur", "Indicator"),
            t("Leverancier", "Fournisseur", "Provider"), t("Basiswaarde", "Référence", "Baseline"),
            t("Streefwaarde", "Cible", "Target"), t("Frequentie", "Fréquence", "Frequency")},
        new String[] {"{{%indicators}}[objective]", "[title] ([kind], EUDA: [euda])", "[provider]", "[baseline]", "[target]",
            "[frequency]"});
    heading1(t("2. Kalender", "2. Calendrier", "2. Calendar"));
    labelled(t("Jaarlijkse monitoringronde: ", "Tour de suivi annuel : ", "Yearly monitoring round: "), "{{monitoringDay}}");
    labelled(t("Tussentijdse evaluatie: ", "Évaluation intermédiaire : ", "Mid-term evaluation: "), "{{midTermEvaluation}}");
    labelled(t("Eindevaluatie: ", "Évaluation finale : ", "Final evaluation: "), "{{finalEvaluation}}");
    heading1(t("3. Advies van het adviespanel", "3. Avis du panel consultatif", "3. Opinion of the advisory panel"));
    text("{{panelOpinion}}");
  }

  private void evaluationReport() {
    cover(t("Evaluatie van de strategie", "Évaluation de la stratégie", "Evaluation of the strategy"), "{{cycleTitle}}",
        List.of());
    text(t("De strategie {{periodStart}}–{{periodEnd}} wordt tussentijds en op het einde geëvalueerd; de eindevaluatie "
            + "voedt de situatieanalyse van de volgende cyclus.",
        "La stratégie {{periodStart}}–{{periodEnd}} est évaluée à mi-parcours et au terme ; l'évaluation finale alimente "
            + "l'analyse de la situation du cycle suivant.",
        "The strategy {{periodStart}}–{{periodEnd}} is evaluated at mid-term and at the end; the final evaluation feeds "
            + "the next cycle's situation analysis."));
    tag("{{?evaluations}}");
    heading1("{{kind}}");
    labelled(t("Evaluator: ", "Évaluateur : ", "Evaluator: "), "{{evaluator}} {{funding}}");
    heading2(t("Bevindingen", "Constats", "Findings"));
    text("{{findings}}");
    heading2(t("Aanbevelingen", "Recommandations", "Recommendations"));
    text("{{recommendations}}");
    heading2(t("Antwoord van de Algemene Cel Drugsbeleid", "Réponse de la Cellule générale pour la politique des drogues",
        "Response of the General Drugs Policy Cell"));
    text("{{response}}");
    tag("{{/evaluations}}");
  }

  private void monitoringReport() {
    cover(t("Monitoringrapport {{referenceYear}}", "Rapport de suivi {{referenceYear}}", "Monitoring report {{referenceYear}}"),
        "{{cycleTitle}}", List.<String[]>of(new String[] {t("Monitoringronde", "Tour de suivi", "Monitoring round"), "{{year}}"}));
    text(t("De jaarlijkse monitoringronde volgt de indicatoren van de monitoring- en evaluatiestrategie en de uitvoering "
            + "van de actieplannen; zij rapporteert over {{referenceYear}}.",
        "Le tour de suivi annuel suit les indicateurs de la stratégie de suivi et d'évaluation et la mise en œuvre des "
            + "plans d'action ; il porte sur {{referenceYear}}.",
        "The yearly monitoring round follows the indicators of the monitoring and evaluation strategy and the "
            + "implementation of the action plans; it reports on {{referenceYear}}."));
    heading1(t("1. Samenvatting", "1. Synthèse", "1. Summary"));
    text("{{summary}}");
    heading1(t("2. Indicatoren", "2. Indicateurs", "2. Indicators"));
    table(new int[] {9, 29, 14, 14, 10, 24},
        new String[] {t("Doel", "Objectif", "Objective"), t("Indicator", "Indicateur", "Indicator"),
            t("Leverancier", "Fournisseur", "Provider"), t("Basiswaarde", "Référence", "Baseline"),
            t("Streefwaarde", "Cible", "Target"), t("Waarden per jaar", "Valeurs par année", "Values by year")},
        new String[] {"{{%indicators}}[objective]", "[title]", "[provider]", "[baseline]", "[target]", "[values]"});
    tag("{{?indicatorCharts}}");
    heading2("{{chartTitle}}");
    tag("{{@chart}}");
    tag("{{/indicatorCharts}}");
    heading1(t("3. Uitvoering van de actieplannen", "3. Mise en œuvre des plans d'action", "3. Implementation of the action plans"));
    table(new int[] {60, 40}, new String[] {t("Stand van zaken", "État d'avancement", "Status"), t("Acties", "Actions", "Actions")},
        new String[] {"{{%statuses}}[status]", "[count]"});
    tag("{{@statusChart}}");
    labelled(t("Besteed budget (EUR): ", "Budget dépensé (EUR) : ", "Budget spent (EUR): "), "{{budgetSpent}}");
    table(new int[] {12, 34, 14, 12, 18, 10},
        new String[] {t("Plan", "Plan", "Plan"), t("Actie", "Action", "Action"), t("Eigenaar", "Responsable", "Owner"),
            t("Stand", "État", "Status"), t("Reden", "Motif", "Reason"), t("Besteed", "Dépensé", "Spent")},
        new String[] {"{{%actions}}[plan]", "[title]", "[owner]", "[status]", "[reason]", "[spent]"});
    heading1(t("4. Wijziging van het actieplan", "4. Modification du plan d'action", "4. Amendment of the action plan"));
    text("{{amendment}}");
  }

  private void euReportingAnnex() {
    cover(t("EU-rapportagebijlage {{referenceYear}}", "Annexe de rapportage UE {{referenceYear}}", "EU reporting annex {{referenceYear}}"),
        "{{cycleTitle}}", List.<String[]>of(new String[] {t("Monitoringronde", "Tour de suivi", "Monitoring round"), "{{year}}"}));
    text(t("Wat België over {{referenceYear}} via het Belgische Reitox-focal point (Sciensano) aan het Drugsagentschap van de "
            + "Europese Unie (EUDA) rapporteert; de jaarlijkse statistieken gaan ook naar Europol en UNODC.",
        "Ce que la Belgique communique sur {{referenceYear}} à l'Agence de l'Union européenne sur les drogues (EUDA) par le "
            + "point focal belge Reitox (Sciensano) ; les statistiques annuelles vont aussi à Europol et à l'ONUDC.",
        "What Belgium reports on {{referenceYear}} to the European Union Drugs Agency (EUDA) through the Belgian Reitox "
            + "focal point (Sciensano); the annual statistics also go to Europol and UNODC."));
    heading1(t("1. Indicatoren vergelijkbaar met de EUDA-standaarden", "1. Indicateurs comparables aux normes de l'EUDA",
        "1. Indicators comparable with the EUDA standards"));
    table(new int[] {9, 33, 14, 16, 14, 14},
        new String[] {t("Doel", "Objectif", "Objective"), t("Indicator", "Indicateur", "Indicator"),
            t("Leverancier", "Fournisseur", "Provider"), t("Basiswaarde", "Référence", "Baseline"),
            t("Waarde", "Valeur", "Value"), t("Toelichting", "Commentaire", "Note")},
        new String[] {"{{%eudaIndicators}}[objective]", "[title]", "[provider]", "[baseline]", "[value]", "[note]"});
    heading1(t("2. Andere indicatoren", "2. Autres indicateurs", "2. Other indicators"));
    table(new int[] {9, 33, 14, 16, 14, 14},
        new String[] {t("Doel", "Objectif", "Objective"), t("Indicator", "Indicateur", "Indicator"),
            t("Leverancier", "Fournisseur", "Provider"), t("Basiswaarde", "Référence", "Baseline"),
            t("Waarde", "Valeur", "Value"), t("Toelichting", "Commentaire", "Note")},
        new String[] {"{{%otherIndicators}}[objective]", "[title]", "[provider]", "[baseline]", "[value]", "[note]"});
    heading1(t("3. Uitvoering van de actieplannen", "3. Mise en œuvre des plans d'action", "3. Implementation of the action plans"));
    labelled(t("Acties gevolgd: ", "Actions suivies : ", "Actions followed: "), "{{actionCount}}");
    table(new int[] {60, 40}, new String[] {t("Stand van zaken", "État d'avancement", "Status"), t("Acties", "Actions", "Actions")},
        new String[] {"{{%statuses}}[status]", "[count]"});
    labelled(t("Besteed budget (EUR): ", "Budget dépensé (EUR) : ", "Budget spent (EUR): "), "{{budgetSpent}}");
  }

  private void earlyWarningNotice() {
    cover(t("Vroegtijdige waarschuwing", "Alerte précoce", "Early warning"), "{{substance}}",
        List.<String[]>of(new String[] {t("Waarschuwing", "Alerte", "Warning"), "{{warningNumber}}"}));
    text(t("Het systeem voor vroegtijdige waarschuwing deelt snel informatie over nieuwe drugsgerelateerde fenomenen, "
            + "beoordeelt het risico en zorgt voor een afgestemde communicatie (strategie, specifieke doelstelling 5.1).",
        "Le système d'alerte précoce partage rapidement l'information sur les nouveaux phénomènes liés aux drogues, "
            + "évalue le risque et assure une communication concertée (stratégie, objectif spécifique 5.1).",
        "The early warning system shares information on new drug-related phenomena rapidly, assesses the risk and "
            + "ensures an aligned communication (strategy, specific objective 5.1)."));
    heading1(t("1. Signaal", "1. Signal", "1. Signal"));
    labelled(t("Stof of dreiging: ", "Substance ou menace : ", "Substance or threat: "), "{{substance}}");
    labelled(t("Datum: ", "Date : ", "Date: "), "{{signalDate}}");
    labelled(t("Gebied: ", "Zone géographique : ", "Geography: "), "{{geography}}");
    labelled(t("Bron: ", "Source : ", "Source: "), "{{signalSource}}");
    text("{{signalDescription}}");
    heading1(t("2. Snelle risicobeoordeling door Sciensano", "2. Évaluation rapide du risque par Sciensano",
        "2. Rapid risk assessment by Sciensano"));
    labelled(t("Risiconiveau: ", "Niveau de risque : ", "Risk level: "), "{{riskLevel}}");
    text("{{reasoning}}");
    labelled(t("Betrokken overheden: ", "Gouvernements concernés : ", "Governments concerned: "), "{{governments}}");
    labelled(t("Criminaliteitsgebonden: ", "Lié à la criminalité : ", "Crime-related: "), "{{crimeRelated}}");
    heading1(t("3. Geïnformeerd", "3. Informés", "3. Informed"));
    tag("{{?informedGroups}}");
    bullet("{{name}}");
    tag("{{/informedGroups}}");
    heading1(t("4. Afgestemde communicatie", "4. Communication concertée", "4. Aligned communication"));
    text("{{communication}}");
    heading1(t("5. EU-systeem voor vroegtijdige waarschuwing", "5. Système d'alerte précoce de l'UE",
        "5. EU Early Warning System"));
    text(t("Deze waarschuwing {{euNotification}}.", "Cette alerte {{euNotification}}.", "This warning {{euNotification}}."));
  }

  private void actionTable() {
    table(new int[] {10, 30, 18, 14, 14, 14},
        new String[] {t("Doel", "Objectif", "Objective"), t("Actie", "Action", "Action"),
            t("Trekker en partners", "Pilote et partenaires", "Lead and partners"), t("Periode", "Période", "Period"),
            t("Budget", "Budget", "Budget"), t("Pijler en categorie", "Pilier et catégorie", "Pillar and category")},
        new String[] {"{{%actions}}[objectives]", "[title] [existingPlan]", "[lead] [partners]", "[start] – [end]",
            "[budget]", "[pillar] · [scopeCategory]"});
  }

  private void strategyBody(int first) {
    heading1(first + ". " + t("Visie", "Vision", "Vision"));
    text("{{vision}}");
    heading1((first + 1) + ". " + t("Missie", "Mission", "Mission"));
    text("{{mission}}");
    heading1((first + 2) + ". " + t("Toepassingsgebied", "Champ d'application", "Scope"));
    text("{{scope}}");
    heading1((first + 3) + ". " + t("Strategische doelstellingen", "Objectifs stratégiques", "Strategic objectives"));
    objectives();
  }

  /** Each strategic objective as a heading with its specific objectives in a table. */
  private void objectives() {
    tag("{{?objectives}}");
    heading2(t("Strategische doelstelling", "Objectif stratégique", "Strategic objective") + " {{number}}: {{title}}");
    table(new int[] {12, 88},
        new String[] {t("Code", "Code", "Code"), t("Specifieke doelstelling", "Objectif spécifique",
            "Specific objective")},
        new String[] {"{{%specificObjectives}}[code]", "[title]"});
    tag("{{/objectives}}");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Page, styles, header and footer, title block

  private void setUp(DocumentType type) {
    styles();
    doc.getProperties().getCoreProperties().setCreator(t("Algemene Cel Drugsbeleid",
        "Cellule générale pour la politique des drogues", "General Drugs Policy Cell"));
    doc.getProperties().getCoreProperties().setTitle(type.slug() + " (" + language.code() + ")");

    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph top = header.createParagraph();
    top.setStyle("Header");
    top.setBorderBottom(Borders.SINGLE);
    run(top, t("Algemene Cel Drugsbeleid", "Cellule générale pour la politique des drogues", "General Drugs Policy Cell")
        + "  ·  {{cycleTitle}}", false);

    XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph cell = footer.createParagraph();
    cell.setStyle("Footer");
    cell.setBorderTop(Borders.SINGLE);
    run(cell, CELL_NAMES, true);
    XWPFParagraph generated = footer.createParagraph();
    generated.setStyle("Footer");
    run(generated, t("Gegenereerd op", "Généré le", "Generated on", "Gegenereerd op / Généré le") + " {{generatedOn}}"
        + "  ·  " + t("versie", "version", "version", "versie / version") + " {{version}}  ·  {{businessKey}}", false);

    CTSectPr section = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN));
    margins.setBottom(BigInteger.valueOf(MARGIN));
    margins.setLeft(BigInteger.valueOf(MARGIN));
    margins.setRight(BigInteger.valueOf(MARGIN));
    margins.setHeader(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
    margins.setFooter(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
  }

  /** The opening block: who issues it, the title, a subtitle and a table of references. */
  private void cover(String title, String subtitle, List<String[]> extraRows) {
    meta(t("Interfederale drugsbeleidscyclus", "Cycle interfédéral de la politique drogues",
        "Interfederal drugs-policy cycle", "Interfederale drugsbeleidscyclus / Cycle interfédéral de la politique "
            + "drogues"));
    paragraph("Title", title);
    paragraph("Subtitle", subtitle);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {t("Periode", "Période", "Period"), "{{periodStart}} – {{periodEnd}}"});
    rows.add(new String[] {t("Dossier", "Dossier", "Reference"), "{{businessKey}}"});
    rows.addAll(extraRows);
    rows.add(new String[] {t("Datum", "Date", "Date"), "{{generatedOn}}"});
    rows.add(new String[] {t("Versie", "Version", "Version"), "{{version}}"});
    XWPFTable table = doc.createTable(rows.size(), 2);
    layout(table, new int[] {30, 70});
    for (int i = 0; i < rows.size(); i++) {
      XWPFTableRow row = table.getRow(i);
      cellText(row.getCell(0), rows.get(i)[0], true, null);
      row.getCell(0).setColor(LABEL_FILL);
      cellText(row.getCell(1), rows.get(i)[1], false, null);
    }
    spacer();
  }

  private void styles() {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTDocDefaults defaults = styles.addNewDocDefaults();
    CTRPr run = defaults.addNewRPrDefault().addNewRPr();
    fonts(run);
    run.addNewSz().setVal(BigInteger.valueOf(20));
    run.addNewSzCs().setVal(BigInteger.valueOf(20));
    run.addNewLang().setVal(language.locales().get(0).toLanguageTag());
    defaults.addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));

    // The house style: font size in half-points, spacing before and after in twips.
    style(styles, "Normal", "Normal", null, 20, false, null, 0, 120, null);
    style(styles, "Title", "Title", "Normal", 40, true, NAVY, 120, 60, null);
    style(styles, "Subtitle", "Subtitle", "Normal", 26, false, BLUE, 0, 240, null);
    style(styles, "Heading1", "heading 1", "Normal", 28, true, NAVY, 360, 120, 0);
    style(styles, "Heading2", "heading 2", "Normal", 23, true, BLUE, 240, 80, 1);
    style(styles, "Lead", "Lead", "Normal", 22, true, null, 120, 240, null);
    style(styles, "Meta", "Meta", "Normal", 17, false, GREY, 0, 40, null);
    style(styles, "TableText", "Table text", "Normal", 18, false, null, 0, 0, null);
    style(styles, "Header", "header", "Normal", 16, false, GREY, 0, 0, null);
    style(styles, "Footer", "footer", "Normal", 15, false, GREY, 0, 0, null);
    style(styles, "ListBullet", "List Bullet", "Normal", 20, false, null, 0, 80, null);
    style(styles, "ListNumber", "List Number", "Normal", 20, false, null, 0, 80, null);
    indent(styles, "ListNumber");
    doc.createStyles().setStyles(styles);
  }

  private static void style(CTStyles styles, String id, String name, String basedOn, int halfPoints, boolean bold,
      String color, int before, int after, Integer outlineLevel) {
    CTStyle style = styles.addNewStyle();
    style.setType(STStyleType.PARAGRAPH);
    style.setStyleId(id);
    style.addNewName().setVal(name);
    if (basedOn != null) {
      style.addNewBasedOn().setVal(basedOn);
      style.addNewNext().setVal("Normal");
    } else {
      style.setDefault(true);
    }
    style.addNewQFormat();
    CTPPrGeneral paragraph = style.addNewPPr();
    CTSpacing spacing = paragraph.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
    // Stated in every style: PDF converters do not all inherit line spacing from the document defaults.
    spacing.setLine(BigInteger.valueOf(LINE_SPACING));
    spacing.setLineRule(STLineSpacingRule.AUTO);
    if (outlineLevel != null) {
      paragraph.addNewKeepNext();
      paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }
    CTRPr run = style.addNewRPr();
    fonts(run);
    run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    if (bold) {
      run.addNewB();
    }
    if (color != null) {
      run.addNewColor().setVal(color);
    }
  }

  /** Numbered items written out ("1. …") hang like a list, without Word numbering that renumbers them. */
  private static void indent(CTStyles styles, String id) {
    for (CTStyle style : styles.getStyleArray()) {
      if (style.getStyleId().equals(id)) {
        var indent = style.getPPr().addNewInd();
        indent.setLeft(BigInteger.valueOf(LIST_INDENT));
        indent.setHanging(BigInteger.valueOf(LIST_INDENT));
      }
    }
  }

  private static void fonts(CTRPr run) {
    CTFonts fonts = run.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Paragraphs and tables

  private XWPFParagraph paragraph(String style, String text) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.setStyle(style);
    if (!text.isEmpty()) {
      run(paragraph, text, false);
    }
    return paragraph;
  }

  private void heading1(String text) {
    paragraph("Heading1", text);
  }

  private void heading2(String text) {
    paragraph("Heading2", text);
  }

  private void text(String text) {
    paragraph("Normal", text);
  }

  private void meta(String text) {
    paragraph("Meta", text);
  }

  /** A section tag alone on its line: poi-tl removes the line when it renders. */
  private void tag(String tag) {
    paragraph("Normal", tag);
  }

  private void spacer() {
    paragraph("Normal", "");
  }

  private void labelled(String label, String value) {
    XWPFParagraph paragraph = paragraph("Normal", "");
    run(paragraph, label, true);
    run(paragraph, value, false);
  }

  private void bullet(String text) {
    XWPFParagraph paragraph = paragraph("ListBullet", text);
    paragraph.setNumID(bullets());
  }

  private void signature(String forWhom, String name, String role) {
    spacer();
    text(forWhom);
    spacer();
    spacer();
    XWPFParagraph signed = paragraph("Normal", "");
    run(signed, name, true);
    meta(role);
  }

  private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    if (bold) {
      run.setBold(true);
    }
    return run;
  }

  /**
   * A full-width table with a header row and one row of cells below it: for a repeated row, the first cell starts
   * with the {{%list}} tag.
   */
  private XWPFTable table(int[] percent, String[] headers, String[] cells) {
    XWPFTable table = doc.createTable(2, headers.length);
    layout(table, percent);
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
    for (int i = 0; i < headers.length; i++) {
      head.getCell(i).setColor(NAVY);
      cellText(head.getCell(i), headers[i], true, WHITE);
    }
    XWPFTableRow row = table.getRow(1);
    row.setCantSplitRow(true);
    for (int i = 0; i < cells.length; i++) {
      cellText(row.getCell(i), cells[i], false, null);
    }
    spacer();
    return table;
  }

  private static void row(XWPFTable table, String[] cells) {
    XWPFTableRow row = table.createRow();
    for (int i = 0; i < cells.length; i++) {
      cellText(row.getCell(i), cells[i], false, null);
    }
  }

  private static void bold(XWPFTableRow row) {
    row.getTableCells().forEach(cell -> cell.getParagraphs().forEach(p -> p.getRuns().forEach(r -> r.setBold(true))));
  }

  private static void layout(XWPFTable table, int[] percent) {
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(Integer.toString(TEXT_WIDTH));
    table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
    table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, RULE);
    table.setCellMargins(60, 80, 60, 80);
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
        : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int share : percent) {
      grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * share / 100));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int i = 0; i < percent.length; i++) {
        XWPFTableCell cell = row.getCell(i);
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(Integer.toString(TEXT_WIDTH * percent[i] / 100));
      }
    }
  }

  private static void cellText(XWPFTableCell cell, String text, boolean bold, String color) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    paragraph.setStyle("TableText");
    if (text.isEmpty()) {
      return;
    }
    XWPFRun run = run(paragraph, text, bold);
    if (color != null) {
      run.setColor(color);
    }
  }

  /** A bullet list ("•" in Arial, which every PDF font and word processor has), created on first use. */
  private BigInteger bullets() {
    if (bulletNumbering == null) {
      CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
      abstractNum.setAbstractNumId(BigInteger.ONE);
      CTLvl level = abstractNum.addNewLvl();
      level.setIlvl(BigInteger.ZERO);
      level.addNewStart().setVal(BigInteger.ONE);
      level.addNewNumFmt().setVal(STNumberFormat.BULLET);
      level.addNewLvlText().setVal("•");
      var indent = level.addNewPPr().addNewInd();
      indent.setLeft(BigInteger.valueOf(LIST_INDENT));
      indent.setHanging(BigInteger.valueOf(LIST_INDENT));
      CTFonts fonts = level.addNewRPr().addNewRFonts();
      fonts.setAscii(FONT);
      fonts.setHAnsi(FONT);
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
      bulletNumbering = numbering.addNum(id);
    }
    return bulletNumbering;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Language

  /** The text in the template's language; bilingual templates write their own Dutch / French text. */
  private String t(String nl, String fr, String en) {
    return t(nl, fr, en, nl + " / " + fr);
  }

  private String t(String nl, String fr, String en, String nlFr) {
    return switch (language) {
      case NL -> nl;
      case FR -> fr;
      case EN -> en;
      case NL_FR -> nlFr;
    };
  }
}
