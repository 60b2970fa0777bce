package nl.redzaam.domain.resident;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

class ResidentTest {

  private static Resident anna() {
    return new Resident(
        new ResidentId(new UUID(0, 1)),
        new MunicipalityId(new UUID(0, 2)),
        " Anna ",
        "de Vries",
        new EmailAddress("Anna@Example.org"),
        0);
  }

  @Test
  void a_resident_is_addressed_by_name() {
    Resident anna = anna();

    assertEquals("Anna", anna.firstName());
    assertEquals("Anna de Vries", anna.fullName());
    assertEquals("anna@example.org", anna.email().value());
  }

  @Test
  void a_resident_has_a_first_and_last_name() {
    assertViolates(
        "text-required",
        () ->
            new Resident(
                new ResidentId(new UUID(0, 1)),
                new MunicipalityId(new UUID(0, 2)),
                "",
                "de Vries",
                new EmailAddress("anna@example.org"),
                0));
    Resident anna = anna();
    assertViolates("text-required", () -> anna.correctName("Anna", " "));
    assertEquals("Anna de Vries", anna.fullName());
  }

  @Test
  void a_resident_corrects_name_and_email() {
    Resident anna = anna();

    anna.correctName("Anne", "de Vries-Jansen");
    anna.changeEmail(new EmailAddress("anne@example.org"));

    assertEquals("Anne de Vries-Jansen", anna.fullName());
    assertEquals(new EmailAddress("anne@example.org"), anna.email());
  }
}
