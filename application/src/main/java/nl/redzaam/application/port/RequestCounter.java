package nl.redzaam.application.port;

import java.time.Instant;

/**
 * Requests counted per key in fixed time windows, in one place that every server instance shares
 * (the database), so that a limit holds however many nodes answer.
 */
public interface RequestCounter {

  /**
   * Counts one more request for the key in the window that started at {@code windowStart} and
   * answers how many that window now holds (this one included).
   */
  int countOneMore(String key, Instant windowStart);
}
