package be.interfederal.cycle.cycle;

import be.interfederal.cycle.cycle.data.ConsultationPosition;
import be.interfederal.cycle.cycle.data.Contribution;
import be.interfederal.cycle.cycle.data.Cycle;
import be.interfederal.cycle.cycle.data.CycleObjective;
import be.interfederal.cycle.cycle.data.CycleObjectiveRepository;
import be.interfederal.cycle.cycle.data.ContributionRepository;
import be.interfederal.cycle.cycle.data.DraftingRound;
import be.interfederal.cycle.cycle.data.DraftingRoundRepository;
import be.interfederal.cycle.cycle.data.MinisterPosition;
import be.interfederal.cycle.cycle.data.RecommendationRepository;
import be.interfederal.cycle.cycle.data.TmdMeeting;
import be.interfederal.cycle.directory.DirectoryGroupRepository;
import be.interfederal.cycle.directory.GroupRole;
import be.interfederal.cycle.directory.LocalizedText;
import be.interfederal.cycle.directory.Minister;
import be.interfederal.cycle.directory.MinisterRepository;
import be.interfederal.cycle.documents.DocumentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds what each document template shows, in one language, from the cycle's tables (docs/documents.md). */
@Service
@Transactional(readOnly = true)
public class DocumentModels {

  private static final Map<String, Map<String, String>> ANSWERS = Map.of(
      "agree", Map.of("nl", "akkoord", "fr", "d'accord", "en", "agree"),
      "agreeWithRemarks", Map.of("nl", "akkoord met opmerkingen", "fr", "d'accord avec remarques", "en", "agree with remarks"),
      "objection", Map.of("nl", "bezwaar", "fr", "objection", "en", "objection"),
      "high", Map.of("nl", "hoog", "fr", "haute", "en", "high"),
      "lower", Map.of("nl", "lager", "fr", "moindre", "en", "lower"));

  private final CycleRecords records;
  private final CycleObjectiveRepository objectives;
  private final ContributionRepository contributions;
  private final RecommendationRepository recommendations;
  private final DraftingRoundRepository rounds;
  private final DirectoryGroupRepository groups;
  private final MinisterRepository ministers;
  private final PublicationProperties publication;
  private final StrategyReference reference;

  public DocumentModels(CycleRecords records, CycleObjectiveRepository objectives, ContributionRepository contributions,
      RecommendationRepository recommendations, DraftingRoundRepository rounds, DirectoryGroupRepository groups,
      MinisterRepository ministers, PublicationProperties publication, StrategyReference reference) {
    this.records = records;
    this.objectives = objectives;
    this.contributions = contributions;
    this.recommendations = recommendations;
    this.rounds = rounds;
    this.groups = groups;
    this.ministers = ministers;
    this.publication = publication;
    this.reference = reference;
  }

  /** The model of a document; {@code roundNumber} is the drafting round for the per-round documents. */
  public Map<String, Object> build(DocumentType type, String businessKey, String language, Integer roundNumber) {
    Cycle cycle = records.cycle(businessKey);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("cycleTitle", cycle.getTitle());
    model.put("periodStart", Integer.toString(cycle.getPeriodStart()));
    model.put("periodEnd", Integer.toString(cycle.getPeriodEnd()));
    switch (type) {
      case SITUATION_ANALYSIS_REPORT -> situationAnalysis(cycle, language, model);
      case ADVISORY_REPORT -> advisory(cycle, model);
      case CONSULTATION_DRAFT -> consultationDraft(cycle, language, roundNumber, model);
      case POSITION_SYNTHESIS -> synthesis(cycle, language, roundNumber, model);
      case TMD_DECISION_FILE -> decisionFile(cycle, language, model);
      case FINAL_STRATEGY -> finalStrategy(cycle, language, model);
      case PRESS_RELEASE -> pressRelease(cycle, language, model);
    }
    return model;
  }

  private void situationAnalysis(Cycle cycle, String language, Map<String, Object> model) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Contribution c : contributions.findByCycleKeyOrderByProviderGroup(cycle.getBusinessKey())) {
      list.add(map("providerName", groupName(c.getProviderGroup(), language), "dataGaps", c.getDataGaps(),
          "indicators", c.getIndicators().stream().map(i -> map("name", i.getName(), "value", i.getValue(),
              "unit", i.getUnit(), "year", Integer.toString(i.getYear()), "source", i.getSource(), "method", i.getMethod(),
              "eudaComparable", i.isEudaComparable())).toList()));
    }
    model.put("contributions", list);
    model.put("foresightTrends", cycle.getForesightTrends().stream()
        .map(t -> map("trend", t.getTrend(), "priority", label(t.getPriority(), language))).toList());
    model.put("foresightWorkshop", cycle.getForesightWorkshop());
    model.put("consolidation", cycle.getConsolidation());
  }

  private void advisory(Cycle cycle, Map<String, Object> model) {
    Map<Integer, CycleObjective> byNumber = objectives.findByCycleKeyOrderByNumber(cycle.getBusinessKey()).stream()
        .collect(Collectors.toMap(CycleObjective::getNumber, o -> o));
    model.put("recommendations", recommendations.findByCycleKeyOrderByObjectiveNumber(cycle.getBusinessKey()).stream()
        .map(r -> map("objectiveNumber", Integer.toString(r.getObjectiveNumber()),
            "objectiveTitleNl", byNumber.get(r.getObjectiveNumber()).getTitle().getNl(),
            "objectiveTitleFr", byNumber.get(r.getObjectiveNumber()).getTitle().getFr(),
            "textNl", r.getTextNl(), "textFr", r.getTextFr())).toList());
    List<Map<String, Object>> core = new ArrayList<>();
    reference.byId(cycle.getSourceStrategy()).ifPresent(s -> core.add(map("title", s.title().nl() + " / " + s.title().fr())));
    publication.coreDocuments().forEach(d -> core.add(map("title", d)));
    model.put("coreDocuments", core);
  }

  private void consultationDraft(Cycle cycle, String language, Integer roundNumber, Map<String, Object> model) {
    DraftingRound round = records.round(cycle.getBusinessKey(), roundNumber);
    model.put("roundNumber", Integer.toString(round.getNumber()));
    model.put("dueDate", round.getConsultationDue());
    putTexts(cycle, language, model);
    model.put("objectives", objectiveList(cycle, language));
    List<Map<String, Object>> remarks = new ArrayList<>();
    if (round.getNumber() > 1) {
      for (ConsultationPosition p : records.positions(cycle.getBusinessKey(), round.getNumber() - 1)) {
        if (p.getRemarks() != null) {
          remarks.add(map("groupName", groupName(p.getGroupId(), language), "objectiveNumber",
              Integer.toString(p.getObjectiveNumber()), "remarks", p.getRemarks()));
        }
      }
    }
    if (round.getTmdRemarks() != null) {
      remarks.add(map("groupName", "TVD / CIM / TMD", "objectiveNumber", "–", "remarks", round.getTmdRemarks()));
    }
    model.put("previousRemarks", remarks);
  }

  private void synthesis(Cycle cycle, String language, Integer roundNumber, Map<String, Object> model) {
    List<ConsultationPosition> positions = records.positions(cycle.getBusinessKey(), roundNumber);
    model.put("roundNumber", Integer.toString(roundNumber));
    model.put("positions", positions.stream().map(p -> map("groupName", groupName(p.getGroupId(), language),
        "objectiveNumber", Integer.toString(p.getObjectiveNumber()), "position", label(p.getAnswer().name(), language),
        "remarks", p.getRemarks())).toList());
    long objections = count(positions, ConsultationPosition.Answer.objection);
    model.put("agreeCount", Long.toString(count(positions, ConsultationPosition.Answer.agree)));
    model.put("remarksCount", Long.toString(count(positions, ConsultationPosition.Answer.agreeWithRemarks)));
    model.put("objectionCount", Long.toString(objections));
    model.put("outcome", objections > 0
        ? in(language, "Er zijn bezwaren: een nieuwe opmaakronde volgt.", "Des objections ont été formulées : un nouveau tour de rédaction suit.", "Objections were raised: a new drafting round follows.")
        : in(language, "Geen bezwaren: de voorzitter kan de opmaak afsluiten.", "Aucune objection : le président peut clôturer la rédaction.", "No objections: the chair can close drafting."));
  }

  private void decisionFile(Cycle cycle, String language, Map<String, Object> model) {
    List<DraftingRound> all = rounds.findByCycleKeyOrderByNumber(cycle.getBusinessKey());
    DraftingRound last = all.get(all.size() - 1);
    model.put("roundCount", Integer.toString(all.size()));
    model.put("objectives", objectiveList(cycle, language));
    model.put("consultedGroups", records.positions(cycle.getBusinessKey(), last.getNumber()).stream()
        .map(ConsultationPosition::getGroupId).distinct().map(g -> map("name", groupName(g, language))).toList());
    model.put("chairName", groups.findByRole(GroupRole.GDPC_CHAIR).stream().findFirst()
        .map(g -> g.getName().in(language)).orElse(""));
    model.put("proposal", last.getDecisionProposal());
    model.put("tmdRemarks", last.getTmdRemarks());
  }

  private void finalStrategy(Cycle cycle, String language, Map<String, Object> model) {
    model.put("title", cycle.getTitle());
    putTexts(cycle, language, model);
    model.put("objectives", objectiveList(cycle, language));
    model.put("endorsements", endorsements(cycle, language));
    model.put("signatories", publication.signatories().stream()
        .map(s -> map("name", s.name(), "role", s.role().getOrDefault(language, s.role().get("nl")))).toList());
    model.put("approvalDate", cycle.getApprovedOn());
  }

  private void pressRelease(Cycle cycle, String language, Map<String, Object> model) {
    model.put("title", cycle.getTitle());
    model.put("approvalDate", cycle.getApprovedOn());
    model.put("objectives", objectives.findByCycleKeyOrderByNumber(cycle.getBusinessKey()).stream()
        .map(o -> map("number", Integer.toString(o.getNumber()), "title", o.getTitle().in(language))).toList());
    model.put("endorsements", endorsements(cycle, language));
    model.put("nextSteps", publication.nextSteps().getOrDefault(language, publication.nextSteps().get("nl")));
    model.put("website", publication.website());
  }

  /** The ministers who endorsed the strategy at the meeting that approved it, in the order of the endorsement list. */
  private List<Map<String, Object>> endorsements(Cycle cycle, String language) {
    TmdMeeting meeting = records.currentMeeting(cycle.getBusinessKey(), "strategy");
    Map<String, MinisterPosition> byMinister = records.ministerPositions(meeting.getId()).stream()
        .collect(Collectors.toMap(MinisterPosition::getMinisterId, p -> p));
    List<Map<String, Object>> list = new ArrayList<>();
    for (Minister m : ministers.findAllByOrderByEndorsementOrderAsc()) {
      MinisterPosition p = byMinister.get(m.getId());
      if (p != null && p.getEndorsement() != MinisterPosition.Endorsement.notEndorse) {
        list.add(map("salutation", m.getSalutation() == null ? "" : m.getSalutation().in(language),
            "name", m.getFullName(),
            "portfolio", m.getMandates().stream().map(x -> x.getPortfolio().in(language)).collect(Collectors.joining("; "))));
      }
    }
    return list;
  }

  private List<Map<String, Object>> objectiveList(Cycle cycle, String language) {
    return objectives.findByCycleKeyOrderByNumber(cycle.getBusinessKey()).stream().map(o -> map(
        "number", Integer.toString(o.getNumber()), "title", o.getTitle().in(language),
        "specificObjectives", o.getSpecificObjectives().stream()
            .map(s -> map("code", s.getCode(), "title", s.getTitle().in(language))).toList())).toList();
  }

  private void putTexts(Cycle cycle, String language, Map<String, Object> model) {
    model.put("vision", text(cycle.getVision(), language));
    model.put("mission", text(cycle.getMission(), language));
    model.put("scope", text(cycle.getScope(), language));
  }

  private String groupName(String groupId, String language) {
    return groups.findById(groupId).map(g -> g.getName().in(language)).orElse(groupId);
  }

  private static String text(LocalizedText text, String language) {
    return text == null ? "" : text.in(language);
  }

  private static String label(String key, String language) {
    return ANSWERS.getOrDefault(key, Map.of()).getOrDefault(language, key);
  }

  private static String in(String language, String nl, String fr, String en) {
    return switch (language) {
      case "fr" -> fr;
      case "en" -> en;
      default -> nl;
    };
  }

  private static long count(List<ConsultationPosition> positions, ConsultationPosition.Answer answer) {
    return positions.stream().filter(p -> p.getAnswer() == answer).count();
  }

  private static Map<String, Object> map(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }
}
