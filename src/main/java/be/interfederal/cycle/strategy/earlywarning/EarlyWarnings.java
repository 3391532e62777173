package be.interfederal.cycle.strategy.earlywarning;

import be.interfederal.cycle.directory.DirectoryFileReader;
import be.interfederal.cycle.directory.Government;
import be.interfederal.cycle.directory.GovernmentRepository;
import be.interfederal.cycle.directory.Minister;
import be.interfederal.cycle.directory.MinisterRepository;
import be.interfederal.cycle.strategy.process.DueDates;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Who an early warning reaches and how fast, read from the directory and the configuration when Sciensano assesses
 * it: the cabinets and administrations of every minister with a mandate in a government concerned (in the order of
 * the endorsement list), plus the National Drugs Office and DJSOC when the signal is crime-related; they answer
 * within {@code interfederal.due-dates.warningResponseHigh} or {@code warningResponseModerate}.
 */
@Component("earlyWarnings")
public record EarlyWarnings(MinisterRepository ministers, GovernmentRepository governments, DueDates dueDates) {

  /** The Reitox focal point and national early warning system assesses every signal. */
  public static final String ASSESSOR = "sciensano";
  /** Informed as well when a signal is crime-related: the National Drugs Office and the Federal Police's DJSOC. */
  public static final List<String> CRIME_GROUPS = List.of("cndc", "djsoc");

  /** The ids of the governments in the directory, the choices of the assessment. */
  public Set<String> governmentIds() {
    Set<String> ids = new TreeSet<>();
    governments.findAll().forEach(g -> ids.add(g.getId()));
    return ids;
  }

  public String governmentName(String id, String language) {
    return governments.findById(id).map(Government::getName).map(n -> n.in(language)).orElse(id);
  }

  /** The groups that are informed and asked what they do about the warning. */
  public List<String> concernedGroups(Collection<String> governmentIds, boolean crimeRelated) {
    List<String> groups = new ArrayList<>();
    for (Minister minister : ministers.findAllByOrderByEndorsementOrderAsc()) {
      if (minister.getMandates().stream().anyMatch(m -> governmentIds.contains(m.getGovernmentId()))) {
        groups.add(DirectoryFileReader.cabinetGroupId(minister.getId()));
        groups.add(DirectoryFileReader.administrationGroupId(minister.getId()));
      }
    }
    if (crimeRelated) {
      groups.addAll(CRIME_GROUPS);
    }
    return groups;
  }

  /** When the informed groups' answers are due: sooner for a high risk. */
  public Date responseDue(RiskLevel level) {
    return dueDates.from(level == RiskLevel.high ? "warningResponseHigh" : "warningResponseModerate");
  }
}
