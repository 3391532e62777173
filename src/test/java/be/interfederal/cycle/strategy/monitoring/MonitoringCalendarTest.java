package be.interfederal.cycle.strategy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonitoringCalendarTest {

  @Test
  void roundsRunFromThePeriodsSecondYearToTheYearAfterItsLastEachOnTheYearBefore() {
    LocalDate approved = LocalDate.of(2026, 12, 15);
    assertThat(MonitoringCalendar.nextRound(2026, 2029, approved, Set.of())).contains(2027);
    assertThat(MonitoringCalendar.nextRound(2026, 2029, approved, Set.of(2027))).contains(2028);
    assertThat(MonitoringCalendar.nextRound(2026, 2029, approved, Set.of(2027, 2028))).contains(2029);
    assertThat(MonitoringCalendar.nextRound(2026, 2029, approved, Set.of(2027, 2028, 2029))).as("the closing round, on 2029")
        .contains(2030);
    assertThat(MonitoringCalendar.nextRound(2026, 2029, approved, Set.of(2027, 2028, 2029, 2030))).isEmpty();
    assertThat(new MonitoringRound("c", 2027, "pi").getReferenceYear()).isEqualTo(2026);
  }

  @Test
  void noRoundIsHeldBeforeTheYearTheMeStrategyWasApprovedIn() {
    // approved in June 2027: the 2027 round is held at once (its day has passed), none for 2026's round years
    assertThat(MonitoringCalendar.nextRound(2026, 2029, LocalDate.of(2027, 6, 1), Set.of())).contains(2027);
    // approved in the last year: that year's round and the closing one; approved after the closing year: none
    assertThat(MonitoringCalendar.nextRound(2026, 2029, LocalDate.of(2029, 2, 1), Set.of())).contains(2029);
    assertThat(MonitoringCalendar.nextRound(2026, 2029, LocalDate.of(2031, 2, 1), Set.of())).isEmpty();
    // a two-year period has two rounds: in its second year and after it
    assertThat(MonitoringCalendar.nextRound(2030, 2031, LocalDate.of(2026, 12, 1), Set.of())).contains(2031);
    assertThat(MonitoringCalendar.nextRound(2030, 2031, LocalDate.of(2026, 12, 1), Set.of(2031))).contains(2032);
  }

  @Test
  void theRoundsDayIsTheMonitoringDayOfItsYear() {
    assertThat(MonitoringCalendar.day(2031, "04-01")).isEqualTo(LocalDate.of(2031, 4, 1));
    assertThat(MonitoringCalendar.day(2031, "02-29")).isEqualTo(LocalDate.of(2031, 2, 28));
    assertThat(MonitoringCalendar.day(2032, "02-29")).isEqualTo(LocalDate.of(2032, 2, 29));
  }
}
