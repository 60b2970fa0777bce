package nl.redzaam.adapters.rest.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.redzaam.adapters.rest.problem.BadRequest;
import nl.redzaam.adapters.rest.problem.PreconditionRequired;
import org.junit.jupiter.api.Test;

class ETagsTest {

  @Test
  void the_version_read_comes_back_from_if_match() {
    assertEquals(7, ETags.expectedVersion("\"7\""));
    assertEquals(12, ETags.expectedVersion(" \"12\" "));
  }

  @Test
  void a_change_without_a_version_is_refused_as_precondition_required() {
    assertThrows(PreconditionRequired.class, () -> ETags.expectedVersion(null));
    assertThrows(PreconditionRequired.class, () -> ETags.expectedVersion(" "));
    assertThrows(PreconditionRequired.class, () -> ETags.expectedVersion("*"));
  }

  @Test
  void anything_but_one_etag_as_read_is_a_bad_request() {
    assertThrows(BadRequest.class, () -> ETags.expectedVersion("7"));
    assertThrows(BadRequest.class, () -> ETags.expectedVersion("W/\"7\""));
    assertThrows(BadRequest.class, () -> ETags.expectedVersion("\"7\", \"8\""));
  }
}
