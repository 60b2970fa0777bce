package nl.redzaam.deployment.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import java.util.Optional;
import nl.redzaam.domain.plainlanguage.B1Gate;
import org.junit.jupiter.api.Test;

class UnsubscribePageTest {

  @Test
  void every_text_on_the_unsubscribe_page_passes_the_b1_gate() {
    for (String text : UnsubscribeServlet.texts()) {
      assertEquals(Optional.empty(), B1Gate.check(text), text);
    }
  }

  @Test
  void schedule_times_read_as_a_weekday_and_time_or_a_time_in_dutch_time() {
    ScheduleExpression weekly = MailSchedule.expression("MON 07:00");
    assertEquals("MON", weekly.getDayOfWeek());
    assertEquals("7", weekly.getHour());
    assertEquals("0", weekly.getMinute());
    assertEquals("Europe/Amsterdam", weekly.getTimezone());
    ScheduleExpression daily = MailSchedule.expression(" 06:30 ");
    assertEquals("*", daily.getDayOfWeek());
    assertEquals("30", daily.getMinute());
    assertThrows(IllegalArgumentException.class, () -> MailSchedule.expression("25:00"));
    assertThrows(IllegalArgumentException.class, () -> MailSchedule.expression("elke dag"));
  }
}
