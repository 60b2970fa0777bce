package nl.redzaam.adapters.rest.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.redzaam.adapters.rest.problem.PreconditionRequired;
import nl.redzaam.application.PreconditionFailed;
import org.junit.jupiter.api.Test;

/** If-Match handling; the ETag side needs a JAX-RS runtime and is left to the server tests. */
class VersionsTest {

  @Test
  void if_match_gives_back_the_version_of_our_etag() {
    assertEquals(7, Versions.ifMatch("\"7\""));
    assertEquals(12, Versions.ifMatch(" \"12\" "));
  }

  @Test
  void a_missing_if_match_is_a_required_precondition() {
    assertThrows(PreconditionRequired.class, () -> Versions.ifMatch(null));
    assertThrows(PreconditionRequired.class, () -> Versions.ifMatch(" "));
  }

  @Test
  void an_if_match_that_is_not_our_etag_fails_the_precondition() {
    for (String header : new String[] {"7", "W/\"7\"", "\"seven\"", "*", "\""}) {
      assertThrows(PreconditionFailed.class, () -> Versions.ifMatch(header), header);
    }
  }
}
