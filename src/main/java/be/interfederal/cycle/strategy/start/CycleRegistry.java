package be.interfederal.cycle.strategy.start;

import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.CycleObjective;
import be.interfederal.cycle.strategy.domain.CycleObjectiveRepository;
import be.interfederal.cycle.strategy.domain.CycleRepository;
import be.interfederal.cycle.strategy.domain.StrategyReference.Strategy;
import be.interfederal.cycle.strategy.domain.StrategyReference;
import be.interfederal.cycle.strategy.process.FormInput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a cycle: its period, and the strategy it starts drafting from — its predecessor cycle's when it names one,
 * otherwise the latest published strategy in the reference data.
 */
@Service
public class CycleRegistry {

  /** The process that runs a whole cycle; its business key is the cycle's. */
  public static final String PROCESS_KEY = "policy-cycle";

  /** The earliest and latest years a cycle may cover; the interfederal cycle started in 2024. */
  public static final String TITLE_REQUIRED = "De titel is verplicht / Le titre est obligatoire";
  public static final String PERIOD_REQUIRED = "Begin- en eindjaar zijn verplicht / Les années de début et de fin sont "
      + "obligatoires";
  static final int FIRST_YEAR = FormInput.FIRST_YEAR;
  static final int LAST_YEAR = FormInput.LAST_YEAR;

  private final CycleRepository cycles;
  private final CycleObjectiveRepository objectives;
  private final StrategyReference reference;

  public CycleRegistry(CycleRepository cycles, CycleObjectiveRepository objectives, StrategyReference reference) {
    this.cycles = cycles;
    this.objectives = objectives;
    this.reference = reference;
  }

  /**
   * A business key for a cycle started without one (Tasklist's start dialog does not ask for it when the start
   * event has a Camunda Form): "cycle2030-2033", then "cycle2030-2033-2" if that one is taken — by a registered
   * cycle, or by a cycle that started but is not registered yet ({@code usedElsewhere}).
   */
  public String proposeBusinessKey(Integer periodStart, Integer periodEnd, Predicate<String> usedElsewhere) {
    String base = "cycle" + periodStart + "-" + periodEnd;
    String key = base;
    for (int n = 2; cycles.existsById(key) || usedElsewhere.test(key); n++) {
      key = base + "-" + n;
    }
    return key;
  }

  /** What is wrong with a request to start a cycle (empty when it may start). Messages in Dutch and French. */
  public List<String> problems(String businessKey, String title, Integer periodStart, Integer periodEnd, String predecessorKey) {
    List<String> problems = new ArrayList<>();
    if (businessKey == null || businessKey.isBlank()) {
      problems.add("Een business key is verplicht / Une business key est obligatoire");
    } else if (businessKey.length() > Cycle.KEY_LENGTH) {
      problems.add("De business key: hoogstens " + Cycle.KEY_LENGTH + " tekens / La business key : au plus "
          + Cycle.KEY_LENGTH + " caractères");
    } else if (cycles.existsById(businessKey)) {
      problems.add("Er bestaat al een cyclus met business key '" + businessKey + "' / Un cycle avec la business key '"
          + businessKey + "' existe déjà");
    }
    if (title == null || title.isBlank()) {
      problems.add(TITLE_REQUIRED);
    }
    if (periodStart == null || periodEnd == null) {
      problems.add(PERIOD_REQUIRED);
    } else if (periodStart < FIRST_YEAR || periodEnd > LAST_YEAR || periodEnd < periodStart) {
      problems.add("De periode " + periodStart + "–" + periodEnd + " is ongeldig / La période " + periodStart + "–"
          + periodEnd + " n'est pas valable");
    }
    if (predecessorKey != null && !predecessorKey.isBlank() && !cycles.existsById(predecessorKey)
        && reference.byId(predecessorKey).isEmpty()) {
      String shown = FormInput.abbreviated(predecessorKey);
      problems.add("Voorganger '" + shown + "' bestaat niet / Le prédécesseur '" + shown + "' n'existe pas");
    }
    return problems;
  }

  /**
   * The problems of a start read from a form ({@link #problems}), without calling the title or the period missing when
   * the form already refused what was sent for it.
   */
  public static List<String> withoutMissing(List<String> problems, boolean titleRefused, boolean periodRefused) {
    List<String> kept = new ArrayList<>(problems);
    if (titleRefused) {
      kept.remove(TITLE_REQUIRED);
    }
    if (periodRefused) {
      kept.remove(PERIOD_REQUIRED);
    }
    return kept;
  }

  /** Registers the cycle; registering the same business key again changes nothing (a retried job does no harm). */
  @Transactional
  public Cycle register(String businessKey, String title, int periodStart, int periodEnd, String predecessorKey) {
    return cycles.findById(businessKey).orElseGet(() -> {
      String predecessor = predecessorKey == null || predecessorKey.isBlank() ? null : predecessorKey;
      Cycle cycle = new Cycle(businessKey, title, periodStart, periodEnd,
          predecessor != null && cycles.existsById(predecessor) ? predecessor : null);
      if (cycle.getPredecessorKey() != null) {
        Cycle previous = cycles.findById(predecessor).orElseThrow();
        cycle.startFrom(previous.getBusinessKey(), previous.getVision(), previous.getMission(), previous.getScope());
        cycles.save(cycle);
        for (CycleObjective o : objectives.findByCycleKeyOrderByNumber(previous.getBusinessKey())) {
          objectives.save(new CycleObjective(businessKey, o.getNumber(), o.getTitle(), o.getSpecificObjectives()));
        }
        return cycle;
      }
      Strategy source = (predecessor != null ? reference.byId(predecessor) : reference.latestBefore(periodStart))
          .orElseThrow(() -> new IllegalStateException("No reference strategy to start cycle " + businessKey + " from"));
      cycle.startFrom(source.id(), source.vision().localized(), source.mission().localized(), source.scope().localized());
      cycles.save(cycle);
      for (StrategyReference.Objective o : source.strategicObjectives()) {
        objectives.save(new CycleObjective(businessKey, o.number(), o.title().localized(),
            o.specificObjectives().stream()
                .map(s -> new CycleObjective.Specific(s.number(), s.title().localized())).toList()));
      }
      return cycle;
    });
  }
}
