package be.interfederal.cycle.documents;

import be.interfederal.cycle.strategy.monitoring.MonitoringCharts;
import com.deepoove.poi.data.PictureRenderData;
import com.deepoove.poi.data.PictureType;
import com.deepoove.poi.data.Pictures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Models of every document type as the cycle capability builds them (the contract in docs/documents.md), with the
 * 2026–2029 strategy's names and accents, so tests can check that what goes in comes out.
 */
final class SampleModels {

  static final String CYCLE_NL = "Interfederale drugsstrategie 2026–2029";
  static final String CYCLE_FR = "Stratégie interfédérale drogues 2026–2029";
  static final String CYCLE_EN = "Interfederal drugs strategy 2026–2029";
  static final String PROVIDER = "Sciensano – Belgisch Early Warning System on Drugs";
  static final String INDICATOR = "Prevalentie cannabisgebruik (laatste jaar), 15–64 jaar";
  static final String OBJECTIVE_1 = "Het promoten en beschermen van gezondheid en welzijn";
  static final String SPECIFIC_1_1 = "Het verminderen van de toegang tot en beschikbaarheid van verslavende middelen.";
  static final String LESCRENIER = "Valérie Lescrenier";
  static final String PREVOT = "Maxime Prévot";
  static final String CABINET = "Kabinet Vandenbroucke – Sociale Zaken en Volksgezondheid";
  /** Dutch words with a diaeresis, which a PDF must keep. */
  static final String DIAERESIS = "geïntegreerde";
  static final String BELGIUM = "België";

  private SampleModels() {}

  static Map<String, Object> model(DocumentType type, String language) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("cycleTitle", pick(language, CYCLE_NL, CYCLE_FR, CYCLE_EN));
    model.put("periodStart", LocalDate.of(2026, 1, 1));
    model.put("periodEnd", LocalDate.of(2029, 12, 31));
    switch (type) {
      case SITUATION_ANALYSIS_REPORT -> {
        model.put("contributions", List.of(
            contribution(PROVIDER, "Geen gegevens over nieuwe psychoactieve stoffen vóór 2024.", language, 24),
            contribution("VAD – Vlaams expertisecentrum", "Regionale cijfers enkel voor Vlaanderen.", language, 3)));
        model.put("foresightTrends", List.of(
            Map.of("trend", "Toename van synthetische opioïden (nitazenen)", "priority", 1),
            Map.of("trend", "Poly-druggebruik bij jongeren", "priority", 2)));
        model.put("foresightWorkshop", "Workshop van 14 oktober 2025 met " + DIAERESIS + " deelname van 38 experten.");
        model.put("consolidation", "Het secretariaat consolideerde de bijdragen tot één beeld voor " + BELGIUM + ".");
        model.put("previousEvaluation", "Aanbevelingen: meer middelen voor vroeginterventie.");
      }
      case ADVISORY_REPORT -> {
        model.put("recommendations", List.of(
            Map.of("objectiveNumber", 1, "objectiveTitleNl", OBJECTIVE_1,
                "objectiveTitleFr", "Promouvoir et protéger la santé et le bien-être",
                "textNl", "Ontwikkel een op wetenschap gebaseerde en coherente wetgeving inzake het gebruik van drugs",
                "textFr", "Élaborer une législation fondée sur la science et cohérente"),
            Map.of("objectiveNumber", 2, "objectiveTitleNl", "Het waarborgen van " + DIAERESIS + " zorg",
                "objectiveTitleFr", "Garantir des soins intégrés",
                "textNl", "Zet in op doorgedreven financiering in " + BELGIUM,
                "textFr", "Corriger le sous-financement historique de la prévention")));
        model.put("coreDocuments", List.of(Map.of("title", "EU-drugsstrategie 2021–2025"),
            Map.of("title", "Rapport annuel Eurotox – Prévot-Lescrenier")));
      }
      case CONSULTATION_DRAFT -> {
        model.put("roundNumber", 2);
        model.put("dueDate", LocalDate.of(2026, 3, 2));
        strategy(model, language);
        model.put("previousRemarks", List.of(Map.of("groupName", CABINET, "objectiveNumber", 1,
            "remarks", "Graag een " + DIAERESIS + " aanpak van alcohol opnemen.")));
      }
      case POSITION_SYNTHESIS -> {
        model.put("roundNumber", 1);
        model.put("positions", List.of(
            Map.of("groupName", CABINET, "objectiveNumber", 1,
                "position", pick(language, "Akkoord", "Accord", "Agree"), "remarks", "Goed voor heel " + BELGIUM + "."),
            Map.of("groupName", "Cabinet " + PREVOT, "objectiveNumber", 3,
                "position", pick(language, "Opmerkingen", "Remarques", "Remarks"),
                "remarks", "Préciser le rôle des Affaires étrangères – coopération avec l'EUDA.")));
        model.put("agreeCount", 41);
        model.put("remarksCount", 9);
        model.put("objectionCount", 0);
        model.put("outcome", pick(language, "Geen bezwaren: het ontwerp gaat naar de TVD.",
            "Aucune objection : le projet est transmis à la RTD.", "No objections: the draft goes to the TMD."));
      }
      case TMD_DECISION_FILE -> {
        model.put("roundCount", 2);
        model.put("objectives", objectives(language));
        model.put("consultedGroups", List.of(Map.of("name", CABINET), Map.of("name", "Cabinet " + LESCRENIER)));
        model.put("chairName", "Katrien Vervoort");
        model.put("proposal", "De ACD stelt de TVD voor de " + DIAERESIS + " strategie voor " + BELGIUM + " goed te keuren.");
        model.put("tmdRemarks", "Geen.");
      }
      case FINAL_STRATEGY -> {
        strategy(model, language);
        model.put("title", pick(language, "Interfederale strategie voor een globaal en geïntegreerd drugsbeleid",
            "Stratégie interfédérale pour une politique globale et intégrée en matière de drogues",
            "Interfederal Strategy for a Comprehensive and Integrated Drugs Policy"));
        model.put("endorsements", endorsements(language));
        model.put("signatories", List.of(Map.of("name", "Katrien Vervoort",
            "role", pick(language, "Voorzitter ACD", "Présidente de la CGPD", "Chair of the GDPC"))));
        model.put("approvalDate", LocalDate.of(2026, 3, 2));
      }
      case PRESS_RELEASE -> {
        model.put("title", pick(language, "Interfederale drugsstrategie 2026–2029",
            "Stratégie interfédérale drogues 2026–2029", "Interfederal Drugs Strategy 2026–2029"));
        model.put("approvalDate", LocalDate.of(2026, 3, 2));
        model.put("objectives", List.of(Map.of("number", 1, "title", OBJECTIVE_1),
            Map.of("number", 2, "title", "Het bieden van " + DIAERESIS + " zorg in " + BELGIUM)));
        model.put("endorsements", endorsements(language));
        model.put("nextSteps", pick(language, "De ministers werken actieplannen uit.",
            "Les ministres élaborent des plans d'action.", "The ministers draw up action plans."));
        model.put("website", "https://www.health.belgium.be/drugs");
      }
      case CNDC_ACTION_PLAN -> {
        model.put("actions", List.of(
            action("3.1", pick(language, "Havenbeveiliging tegen drugssmokkel in " + BELGIUM,
                "Sécurisation des ports contre le trafic de drogues"), "Nationaal Drugscommissariaat (Federaal)",
                "Douane, DJSOC", LocalDate.of(2030, 1, 1), LocalDate.of(2031, 12, 31), "€ 1.250.000,00", ""),
            action("3.4, 3.8", pick(language, "Geïntegreerde aanpak van witwassen", "Approche intégrée du blanchiment"),
                "Nationaal Drugscommissariaat (Federaal)", "", LocalDate.of(2030, 6, 1), LocalDate.of(2033, 6, 30), "–",
                pick(language, "Actieplan gok- en kansspelverslaving 2022–2028", "Plan d'action jeux et dépendances au jeu 2022–2028"))));
        model.put("actionCount", 2);
        model.put("totalBudget", "€ 1.250.000,00");
        model.put("coherenceRemarks", "Verduidelijk de rol van " + BELGIUM + " in Europol.");
      }
      case MONITORING_REPORT -> {
        model.put("year", 2031);
        model.put("referenceYear", 2030);
        model.put("summary", "De " + DIAERESIS + " aanpak vordert in " + BELGIUM + ".");
        model.put("indicators", List.of(Map.of("objective", "1.1", "title", INDICATOR, "provider", PROVIDER,
            "baseline", "7,6 (2023)", "target", "6", "values", "2028: 7,4 · 2029: 7,1 · 2030: 6,9")));
        model.put("indicatorCharts", List.of(Map.of("chartTitle", "1.1 " + INDICATOR, "chart", chart(
            MonitoringCharts.indicator(INDICATOR, Map.of(2023, 7.6, 2028, 7.4, 2029, 7.1, 2030, 6.9), 6.0)))));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(pick(language, "Op schema", "En bonne voie"), 3L);
        counts.put(pick(language, "Vertraagd", "Retardée"), 1L);
        model.put("statuses", counts.entrySet().stream().map(e -> Map.<String, Object>of("status", e.getKey(), "count", e.getValue())).toList());
        model.put("statusChart", chart(MonitoringCharts.statuses(counts)));
        model.put("actions", List.of(Map.of("plan", "CNDC", "title", "Havenbeveiliging in " + BELGIUM, "owner", "cndc",
            "status", pick(language, "Vertraagd", "Retardée"), "reason", "Aanbesteding loopt", "spent", "125000")));
        model.put("budgetSpent", "125000");
        model.put("amendment", "Actie 3.1 krijgt een jaar extra.");
      }
      case EU_REPORTING_ANNEX -> {
        model.put("year", 2031);
        model.put("referenceYear", 2030);
        model.put("eudaIndicators", List.of(Map.of("objective", "1.1", "title", INDICATOR, "provider", PROVIDER,
            "baseline", "7,6 (2023)", "value", "6,9", "note", "Reitox " + BELGIUM)));
        model.put("otherIndicators", List.of(Map.of("objective", "2.4", "title", "Wachttijden in de " + DIAERESIS + " zorg",
            "provider", "VAD", "baseline", "32 (2024)", "value", "28", "note", "")));
        model.put("statuses", List.of(Map.of("status", pick(language, "Uitgevoerd", "Réalisée", "Done"), "count", 2)));
        model.put("actionCount", 4);
        model.put("budgetSpent", "125000");
      }
      case EARLY_WARNING_NOTICE -> {
        model.put("warningNumber", 2);
        model.put("substance", "Nitazenen in namaak-oxycodon");
        model.put("signalDescription", "Drie intoxicaties na " + DIAERESIS + " gebruik van valse tabletten in " + BELGIUM + ".");
        model.put("signalSource", "Toxicologisch labo UZ Gent");
        model.put("signalDate", LocalDate.of(2026, 11, 28));
        model.put("geography", "Antwerpen, Gent");
        model.put("riskLevel", pick(language, "hoog", "élevé"));
        model.put("reasoning", "Zeer potente synthetische opioïden; risico op overlijden.");
        model.put("governments", pick(language, "Federale Regering, Vlaamse Regering", "Gouvernement fédéral, Gouvernement flamand"));
        model.put("crimeRelated", true);
        model.put("informedGroups", List.of(Map.of("name", CABINET), Map.of("name", "Federale politie – DJSOC")));
        model.put("communication", pick(language, "Waarschuw gebruikers en hulpverleners in " + BELGIUM + ".",
            "Avertir les usagers et les intervenants en Belgique."));
        model.put("euNotification", pick(language, "wordt gemeld aan het EU-systeem", "est notifiée au système de l'UE"));
      }
      case EVALUATION_REPORT -> model.put("evaluations", List.of(Map.of(
          "kind", pick(language, "Tussentijdse evaluatie", "Évaluation intermédiaire"),
          "evaluator", "UGent, UCLouvain en KU Leuven", "funding", pick(language, "gefinancierd door BELSPO", "financée par BELSPO"),
          "findings", "De " + DIAERESIS + " aanpak werkt in " + BELGIUM + ".",
          "recommendations", "Meer middelen voor vroeginterventie.",
          "response", "De ACD neemt de aanbevelingen over.")));
      case ME_STRATEGY -> {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("objective", "1.1");
        indicator.put("title", INDICATOR);
        indicator.put("kind", pick(language, "kwantitatief", "quantitatif"));
        indicator.put("provider", PROVIDER);
        indicator.put("baseline", "7,6 % (2023)");
        indicator.put("target", "6 %");
        indicator.put("frequency", pick(language, "jaarlijks", "annuel"));
        indicator.put("euda", true);
        model.put("indicators", List.of(indicator));
        model.put("indicatorCount", 1);
        model.put("monitoringDay", pick(language, "1 april", "1 avril"));
        model.put("midTermEvaluation", LocalDate.of(2031, 6, 30));
        model.put("finalEvaluation", LocalDate.of(2033, 3, 31));
        model.put("panelOpinion", "Het panel vraagt indicatoren voor " + DIAERESIS + " zorg in " + BELGIUM + ".");
      }
      case ACTION_PLAN -> {
        model.put("status", pick(language, "Goedgekeurd door de TVD op 2 maart 2027", "Approuvé par la RTD le 2 mars 2027",
            "Approved by the TMD on 2 March 2027"));
        model.put("actions", List.of(action("1.1", pick(language, "Preventie in het onderwijs in " + BELGIUM,
                "Prévention à l'école", "Prevention in schools"), "Vlaamse Regering", "VAD", LocalDate.of(2030, 9, 1),
            LocalDate.of(2033, 6, 30), "€ 400.000,00", "")));
        model.put("actionCount", 1);
        model.put("totalBudget", "€ 400.000,00");
        model.put("coverageGaps", "2.4, 5.3");
        model.put("coverageMotivation", "Doelstelling 5.3 volgt uit de M&E-strategie; " + LESCRENIER + " neemt 2.4 op in 2031.");
      }
    }
    return model;
  }

  private static PictureRenderData chart(byte[] png) {
    return Pictures.ofBytes(png, PictureType.PNG).size(560, 220).create();
  }

  private static Map<String, Object> action(String objectives, String title, String lead, String partners,
      LocalDate start, LocalDate end, String budget, String existingPlan) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("objectives", objectives);
    row.put("title", title);
    row.put("lead", lead);
    row.put("partners", partners);
    row.put("start", start);
    row.put("end", end);
    row.put("budget", budget);
    row.put("pillar", "Repressie");
    row.put("scopeCategory", "Illegale drugs");
    row.put("existingPlan", existingPlan);
    return row;
  }

  private static Map<String, Object> contribution(String provider, String gaps, String language, int indicators) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < indicators; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", i == 0 ? INDICATOR : "Indicator " + (i + 1));
      row.put("value", 7.6 + i);
      row.put("unit", "%");
      row.put("year", 2024);
      row.put("source", "Gezondheidsenquête");
      row.put("method", "Steekproef");
      row.put("eudaComparable", i % 2 == 0);
      rows.add(row);
    }
    return Map.of("providerName", provider, "dataGaps", gaps, "indicators", rows);
  }

  private static void strategy(Map<String, Object> model, String language) {
    model.put("vision", pick(language, "Een gezonde, veilige en welvarende samenleving voor iedereen.",
        "Une société saine, sûre et prospère pour tous.", "A society that is healthy, safe and prosperous for all."));
    model.put("mission", "Een evenwichtig, globaal en " + DIAERESIS + " drugsbeleid voor " + BELGIUM + ".");
    model.put("scope", pick(language, "Alle facetten van het drugsfenomeen.",
        "Tous les aspects du phénomène de la drogue.", "All aspects of the drugs phenomenon."));
    model.put("objectives", objectives(language));
  }

  private static List<Map<String, Object>> objectives(String language) {
    return List.of(
        Map.of("number", 1, "title", OBJECTIVE_1, "specificObjectives", List.of(
            Map.of("code", "1.1", "title", SPECIFIC_1_1),
            Map.of("code", "1.2", "title", "Het versterken van " + DIAERESIS + " preventie."))),
        Map.of("number", 2, "title", pick(language, "Zorg en hulpverlening", "Soins et assistance",
            "Care and assistance"), "specificObjectives", List.of(Map.of("code", "2.1", "title", "Vroeginterventie."))));
  }

  private static List<Map<String, Object>> endorsements(String language) {
    return List.of(
        Map.of("salutation", pick(language, "De heer", "Monsieur", "Mr."), "name", PREVOT,
            "portfolio", pick(language, "Minister van Buitenlandse Zaken", "Ministre des Affaires étrangères",
                "Minister of Foreign Affairs")),
        Map.of("salutation", pick(language, "Mevrouw", "Madame", "Ms."), "name", LESCRENIER,
            "portfolio", pick(language, "Minister van Jeugdhulp en Justitiehuizen",
                "Ministre de l'Aide à la jeunesse et des Maisons de justice",
                "Minister of Youth Welfare and Houses of Justice")));
  }

  private static String pick(String language, String nl, String fr) {
    return pick(language, nl, fr, nl);
  }

  private static String pick(String language, String nl, String fr, String en) {
    return switch (language) {
      case "fr" -> fr;
      case "en" -> en;
      default -> nl;
    };
  }
}
