package nl.redzaam.application.administration;

import static nl.redzaam.application.fixtures.InMemoryAdministration.MUNICIPALITY;
import static nl.redzaam.application.fixtures.InMemoryAdministration.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.fixtures.InMemoryAdministration;
import nl.redzaam.application.port.Actor;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

class AdministratorAccessTest {

  private final InMemoryAdministration memory = new InMemoryAdministration();
  private final AdministratorAccess access = memory.administratorAccess;

  @Test
  void an_administrator_is_let_through() {
    StaffMember admin = memory.staffMember(MUNICIPALITY, "Ayla Demir", StaffRole.ADMINISTRATOR);

    assertEquals(admin.id(), access.require(memory.actAs(admin)).staffMemberId());
  }

  @Test
  void a_coach_a_specialist_and_a_resident_are_refused() {
    StaffMember coach = memory.staffMember(MUNICIPALITY, "Sanne Jansen", StaffRole.COACH);
    StaffMember specialist =
        memory.staffMember(MUNICIPALITY, "Peter de Vries", StaffRole.SPECIALIST);

    assertThrows(AccessDenied.class, () -> access.require(memory.actAs(coach)));
    assertThrows(AccessDenied.class, () -> access.require(memory.actAs(specialist)));
    assertThrows(
        AccessDenied.class,
        () ->
            access.require(
                new Actor.ResidentActor(new ResidentId(UUID.randomUUID()), MUNICIPALITY)));
  }

  @Test
  void objects_of_another_municipality_look_like_missing_ones() {
    StaffMember admin = memory.staffMember(MUNICIPALITY, "Ayla Demir", StaffRole.ADMINISTRATOR);
    StaffMember elsewhere = memory.staffMember(OTHER, "Kees Elders", StaffRole.COACH);
    Actor.StaffActor actor = access.require(memory.actAs(admin));

    NotFound other = assertThrows(NotFound.class, () -> access.staffMember(actor, elsewhere.id()));
    NotFound missing =
        assertThrows(
            NotFound.class, () -> access.staffMember(actor, new StaffMemberId(UUID.randomUUID())));
    assertEquals(other.getClass(), missing.getClass());
    assertThrows(
        NotFound.class,
        () -> access.organisation(actor, memory.organisation(OTHER, "Elders Hulp", true).id()));
  }
}
