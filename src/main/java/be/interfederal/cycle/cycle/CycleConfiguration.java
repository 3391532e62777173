package be.interfederal.cycle.cycle;

import be.interfederal.cycle.cycle.data.CycleObjectiveRepository;
import be.interfederal.cycle.cycle.data.CycleRepository;
import be.interfederal.cycle.cycle.data.RecommendationRepository;
import be.interfederal.cycle.directory.DirectoryGroupRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CycleConfiguration {

  @Bean(name = {"cycleQueries", "cycleObjectives", "drafts", "consultation"})
  CycleQueries cycleQueries(CycleRepository cycles, CycleObjectiveRepository objectives,
      RecommendationRepository recommendations, DueDates dueDates, CycleRecords records, DirectoryGroupRepository groups) {
    return new CycleQueries(cycles, objectives, recommendations, dueDates, records, groups);
  }
}
