package nl.redzaam.application.administration;

import static nl.redzaam.application.fixtures.InMemoryAdministration.MUNICIPALITY;
import static nl.redzaam.application.fixtures.InMemoryAdministration.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.StaleVersion;
import nl.redzaam.application.administration.municipality.ChangePurchasedModules;
import nl.redzaam.application.administration.municipality.ReadMunicipality;
import nl.redzaam.application.fixtures.InMemoryAdministration;
import nl.redzaam.application.port.Actor;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;

class MunicipalityUseCasesTest {

  private final InMemoryAdministration memory = new InMemoryAdministration();
  private final ReadMunicipality read =
      new ReadMunicipality(memory.currentUser, memory.municipalities);
  private final ChangePurchasedModules change =
      new ChangePurchasedModules(
          memory.currentUser, memory.administratorAccess, memory.municipalities);

  @Test
  void any_staff_member_reads_their_own_municipality() {
    memory.actAs(memory.staffMember(MUNICIPALITY, "Sanne Jansen", StaffRole.COACH));

    var municipality = read.execute();

    assertEquals(MUNICIPALITY, municipality.id());
    assertEquals(Set.of(Module.FINANCIAL_SUPPORT), municipality.purchasedModules());
  }

  @Test
  void a_resident_does_not_read_the_municipality_administration() {
    memory.actor = new Actor.ResidentActor(new ResidentId(UUID.randomUUID()), MUNICIPALITY);

    assertThrows(AccessDenied.class, read::execute);
  }

  @Test
  void the_administrator_changes_the_purchased_modules() {
    memory.actAs(memory.staffMember(MUNICIPALITY, "Ayla Demir", StaffRole.ADMINISTRATOR));

    change.execute(
        new ChangePurchasedModules.Command(
            Set.of(Module.DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT, Module.PROTECTIVE_ADMINISTRATION),
            4));

    assertEquals(
        Set.of(Module.DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT, Module.PROTECTIVE_ADMINISTRATION),
        memory.municipalityStore.get(MUNICIPALITY).purchasedModules());
    assertEquals(Set.of(), memory.municipalityStore.get(OTHER).purchasedModules());
  }

  @Test
  void a_coach_may_not_change_the_modules() {
    memory.actAs(memory.staffMember(MUNICIPALITY, "Sanne Jansen", StaffRole.COACH));

    assertThrows(
        AccessDenied.class, () -> change.execute(new ChangePurchasedModules.Command(Set.of(), 4)));
    assertEquals(
        Set.of(Module.FINANCIAL_SUPPORT),
        memory.municipalityStore.get(MUNICIPALITY).purchasedModules());
  }

  @Test
  void a_change_based_on_an_old_version_is_refused() {
    memory.actAs(memory.staffMember(MUNICIPALITY, "Ayla Demir", StaffRole.ADMINISTRATOR));

    assertThrows(
        StaleVersion.class, () -> change.execute(new ChangePurchasedModules.Command(Set.of(), 3)));
    assertEquals(
        Set.of(Module.FINANCIAL_SUPPORT),
        memory.municipalityStore.get(MUNICIPALITY).purchasedModules());
  }
}
