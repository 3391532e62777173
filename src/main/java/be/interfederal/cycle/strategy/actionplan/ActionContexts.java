package be.interfederal.cycle.strategy.actionplan;

import be.interfederal.cycle.directory.GovernmentRepository;
import be.interfederal.cycle.directory.Government;
import be.interfederal.cycle.directory.Minister;
import be.interfederal.cycle.directory.MinisterRepository;
import be.interfederal.cycle.strategy.domain.Cycle;
import be.interfederal.cycle.strategy.domain.CycleObjective;
import be.interfederal.cycle.strategy.domain.Cycles;
import be.interfederal.cycle.strategy.domain.StrategyReference;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What a cycle's actions are checked against: its specific objectives and period, the directory, the reference lists. */
@Component
public record ActionContexts(Cycles cycles, GovernmentRepository governments, MinisterRepository ministers,
    StrategyReference reference) {

  public ActionRows.Context of(String businessKey) {
    Cycle cycle = cycles.cycle(businessKey);
    Set<String> codes = cycles.specificObjectives(businessKey).stream().map(CycleObjective.Specific::getCode)
        .collect(Collectors.toCollection(TreeSet::new));
    Map<String, Set<String>> ministerGovernments = new TreeMap<>();
    for (Minister m : ministers.findAll()) {
      ministerGovernments.put(m.getId(), m.getMandates().stream().map(x -> x.getGovernmentId()).collect(Collectors.toSet()));
    }
    return new ActionRows.Context(codes, cycle.getPeriodStart(), cycle.getPeriodEnd(),
        governments.findAll().stream().map(Government::getId).collect(Collectors.toSet()), ministerGovernments,
        keys(reference.lists().pillars()), keys(reference.lists().scopeCategories()));
  }

  public static Set<String> keys(List<StrategyReference.Entry> entries) {
    return entries.stream().map(StrategyReference.Entry::key).collect(Collectors.toCollection(TreeSet::new));
  }
}
