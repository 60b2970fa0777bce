package nl.redzaam.adapters.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemOnlyAcceptTest {

  @Test
  void accepting_only_problem_details_also_accepts_json() {
    assertEquals(
        Optional.of("application/problem+json, application/json;q=0.5"),
        ProblemOnlyAccept.widened(List.of("application/problem+json")));
  }

  @Test
  void any_other_accept_header_stays_as_it_is() {
    assertEquals(
        Optional.empty(),
        ProblemOnlyAccept.widened(List.of("application/json, application/problem+json")));
    assertEquals(Optional.empty(), ProblemOnlyAccept.widened(List.of("*/*")));
    assertEquals(Optional.empty(), ProblemOnlyAccept.widened(List.of("text/html")));
    assertEquals(Optional.empty(), ProblemOnlyAccept.widened(List.of()));
    assertEquals(Optional.empty(), ProblemOnlyAccept.widened(null));
  }
}
