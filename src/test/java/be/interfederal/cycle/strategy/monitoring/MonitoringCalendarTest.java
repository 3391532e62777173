package be.interfederal.cycle.strategy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonitoringCalendarTest {

  @Test
  void roundsRunFromThePeriodsSecondYearToItsLastEachOnTheYearBefore() {
    LocalDate approved = LocalDate.of(2026, 12, 15);
    assertThat(MonitoringCalendar.nextRound(2026, 2029, approved, Set.of())).contains(2027);
    assertThat(MonitoringCalendar.nextRound(2026, 2029, approved, Set.of(2027))).contains(2028);
    assertThat(MonitoringCalendar.nextRound(2026, 2029, approved, Set.of(2027, 2028))).contains(2029);
    assertThat(MonitoringCalendar.nextRound(2026, 2029, approved, Set.of(2027, 2028, 2029))).isEmpty();
    assertThat(new MonitoringRound("c", 2027).getReferenceYear()).isEqualTo(2026);
  }

  @Test
  void noRoundIsHeldBeforeTheYearTheMeStrategyWasApprovedIn() {
    // approved in June 2027: the 2027 round is held at once (its day has passed), none for 2026's round years
    assertThat(MonitoringCalendar.nextRound(2026, 2029, LocalDate.of(2027, 6, 1), Set.of())).contains(2027);
    // approved in the last year: one round; approved after the period: none
    assertThat(MonitoringCalendar.nextRound(2026, 2029, LocalDate.of(2029, 2, 1), Set.of())).contains(2029);
    assertThat(MonitoringCalendar.nextRound(2026, 2029, LocalDate.of(2030, 2, 1), Set.of())).isEmpty();
    // a two-year period has one round, in its second year
    assertThat(MonitoringCalendar.nextRound(2030, 2031, LocalDate.of(2026, 12, 1), Set.of())).contains(2031);
  }

  @Test
  void theRoundsDayIsTheMonitoringDayOfItsYear() {
    assertThat(MonitoringCalendar.day(2031, "04-01")).isEqualTo(LocalDate.of(2031, 4, 1));
    assertThat(MonitoringCalendar.day(2031, "02-29")).isEqualTo(LocalDate.of(2031, 2, 28));
    assertThat(MonitoringCalendar.day(2032, "02-29")).isEqualTo(LocalDate.of(2032, 2, 29));
  }
}
