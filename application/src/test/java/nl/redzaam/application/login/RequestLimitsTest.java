package nl.redzaam.application.login;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.redzaam.application.login.RequestLimits.Door;
import nl.redzaam.application.login.RequestLimits.Limit;
import nl.redzaam.application.port.RequestCounter;
import org.junit.jupiter.api.Test;

class RequestLimitsTest {

  private final Map<String, Integer> counts = new HashMap<>();
  private final RequestCounter counter = (key, windowStart) -> counts.merge(key, 1, Integer::sum);
  private Instant now = Instant.parse("2026-03-02T09:03:00Z");

  private final RequestLimits limits =
      new RequestLimits(
          counter,
          () -> now,
          new RequestLimits.Settings(
              Map.of(Door.PASSWORD_RESET_PER_ACCOUNT, new Limit(3, Duration.ofMinutes(15)))));

  @Test
  void the_request_after_the_limit_waits_for_the_next_window() {
    for (int i = 0; i < 3; i++) {
      limits.check(Door.PASSWORD_RESET_PER_ACCOUNT, "Eva@Example.org ");
    }
    TooManyRequests refused =
        assertThrows(
            TooManyRequests.class,
            () -> limits.check(Door.PASSWORD_RESET_PER_ACCOUNT, "eva@example.org"));
    assertEquals(Instant.parse("2026-03-02T09:15:00Z"), refused.until());

    now = Instant.parse("2026-03-02T09:15:00Z");
    assertDoesNotThrow(() -> limits.check(Door.PASSWORD_RESET_PER_ACCOUNT, "eva@example.org"));
  }

  @Test
  void each_account_and_each_door_has_its_own_count() {
    for (int i = 0; i < 3; i++) {
      limits.check(Door.PASSWORD_RESET_PER_ACCOUNT, "eva@example.org");
    }
    assertDoesNotThrow(() -> limits.check(Door.PASSWORD_RESET_PER_ACCOUNT, "bo@example.org"));
    for (int i = 0; i < 10; i++) {
      limits.check(Door.LOGIN_PER_ADDRESS, "eva@example.org"); // no limit set: never refused
    }
  }
}
