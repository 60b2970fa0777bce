package nl.redzaam.application.administration.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.fixtures.UseCaseFixtures;
import nl.redzaam.application.port.CurrentUser;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class ListCoachesTest {

  @Mock CurrentUser currentUser;
  @Mock StaffMemberRepository staff;

  @Test
  void a_specialist_sees_the_active_coaches_of_the_own_municipality_by_name() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.specialist());
    when(staff.ofMunicipality(UseCaseFixtures.MUNICIPALITY))
        .thenReturn(
            List.of(
                member("Wim", StaffRole.COACH, true),
                member("Anna", StaffRole.COACH, true),
                member("Gone", StaffRole.COACH, false),
                member("Piet", StaffRole.SPECIALIST, true)));

    var page =
        new ListCoaches(currentUser, staff).execute(new ListCoaches.Query(PageRequest.FIRST));

    assertEquals(List.of("Anna", "Wim"), page.items().stream().map(StaffMember::name).toList());
  }

  @Test
  void a_resident_may_not_see_them() {
    when(currentUser.actor()).thenReturn(UseCaseFixtures.resident());

    assertThrows(
        AccessDenied.class,
        () ->
            new ListCoaches(currentUser, staff).execute(new ListCoaches.Query(PageRequest.FIRST)));
  }

  private static StaffMember member(String name, StaffRole role, boolean active) {
    return new StaffMember(
        new StaffMemberId(UUID.randomUUID()),
        UseCaseFixtures.MUNICIPALITY,
        name,
        new EmailAddress(name.toLowerCase() + "@example.org"),
        Set.of(role),
        null,
        active,
        0);
  }
}
