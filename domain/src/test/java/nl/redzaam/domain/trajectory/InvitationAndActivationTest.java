package nl.redzaam.domain.trajectory;

import static nl.redzaam.domain.trajectory.TrajectoryFixtures.RESIDENT;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.TRAJECTORY;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.activated;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.assertRefused;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.day;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.invited;
import static nl.redzaam.domain.trajectory.TrajectoryFixtures.selected;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.redzaam.domain.trajectory.TrajectoryEvent.ResidentActivated;
import nl.redzaam.domain.trajectory.TrajectoryEvent.ResidentInvited;
import org.junit.jupiter.api.Test;

/** Steps 2 and 3: the specialist invites the resident, who activates the account. */
class InvitationAndActivationTest {

  @Test
  void a_selected_resident_is_invited() {
    Trajectory t = selected();

    t.invite(day(-20));

    assertEquals(Stage.INVITED, t.stage());
    assertEquals(day(-20), t.snapshot().invitedAt());
    assertEquals(List.of(new ResidentInvited(TRAJECTORY, RESIDENT, day(-20))), t.releaseEvents());
  }

  @Test
  void an_invitation_that_got_lost_can_be_sent_again() {
    Trajectory t = invited();

    t.invite(day(-18));

    assertEquals(Stage.INVITED, t.stage());
    assertEquals(day(-18), t.snapshot().invitedAt());
  }

  @Test
  void a_resident_who_activated_the_account_is_not_invited_again() {
    Trajectory t = activated();

    assertRefused(t, "wrong-stage", () -> t.invite(day(-18)));
  }

  @Test
  void an_invited_resident_activates_the_account() {
    Trajectory t = invited();

    t.activate(day(-19));

    assertEquals(Stage.ACTIVATED, t.stage());
    assertEquals(day(-19), t.snapshot().activatedAt());
    assertEquals(List.of(new ResidentActivated(TRAJECTORY, RESIDENT, day(-19))), t.releaseEvents());
  }

  @Test
  void a_resident_cannot_activate_before_being_invited() {
    Trajectory t = selected();

    assertRefused(t, "wrong-stage", () -> t.activate(day(-19)));
  }

  @Test
  void an_account_is_activated_only_once() {
    Trajectory t = activated();

    assertRefused(t, "wrong-stage", () -> t.activate(day(-18)));
  }
}
