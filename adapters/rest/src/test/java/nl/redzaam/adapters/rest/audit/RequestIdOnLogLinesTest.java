package nl.redzaam.adapters.rest.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestIdOnLogLinesTest {

  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {}

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @AfterEach
  void leaveTheRequest() {
    RequestIds.clear();
    Logger.getLogger("").removeHandler(handler);
  }

  @Test
  void a_line_written_during_a_request_carries_its_id_and_keeps_its_own_parameters() {
    Logger.getLogger("").addHandler(handler);
    RequestIdOnLogLines.install();
    RequestIdOnLogLines.install(); // twice changes nothing
    during("req-12345678");
    LogRecord record = new LogRecord(Level.WARNING, "{0} failed for {1}");
    record.setParameters(new Object[] {"login", "coach"});

    handler.getFilter().isLoggable(record);

    assertEquals(3, record.getParameters().length);
    assertEquals(Map.of("requestId", "req-12345678"), record.getParameters()[2]);
    assertEquals("login failed for coach", new SimpleFormatter().formatMessage(record));
  }

  @Test
  void a_line_outside_a_request_is_left_alone_and_an_earlier_filter_still_decides() {
    handler.setFilter(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
    Logger.getLogger("").addHandler(handler);
    RequestIdOnLogLines.install();
    LogRecord info = new LogRecord(Level.INFO, "started");
    LogRecord severe = new LogRecord(Level.SEVERE, "stopped");

    assertEquals(
        List.of(false, true),
        List.of(handler.getFilter().isLoggable(info), handler.getFilter().isLoggable(severe)));
    assertNull(info.getParameters());

    during("req-87654321");
    LogRecord plain = new LogRecord(Level.SEVERE, "no parameters");
    handler.getFilter().isLoggable(plain);
    assertArrayEquals(new Object[] {Map.of("requestId", "req-87654321")}, plain.getParameters());
    assertEquals("no parameters", new SimpleFormatter().formatMessage(plain));
  }

  private static void during(String requestId) {
    HttpServletRequest request = mock(HttpServletRequest.class);
    when(request.getHeader(RequestIds.HEADER)).thenReturn(requestId);
    RequestIds.assign(request, mock(HttpServletResponse.class));
  }
}
