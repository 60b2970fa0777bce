package nl.redzaam.domain.staff;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.AggregateRoot;
import nl.redzaam.domain.shared.Text;

/**
 * Coaches of one municipality who stand in for each other: every member may work on the
 * trajectories of every other member, for instance during a holiday.
 */
public final class CoachTeam implements AggregateRoot<CoachTeamId> {

  private final CoachTeamId id;
  private final MunicipalityId municipalityId;
  private String name;
  private final Set<StaffMemberId> members;
  private final long version;

  public CoachTeam(
      CoachTeamId id,
      MunicipalityId municipalityId,
      String name,
      Set<StaffMemberId> members,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.municipalityId = Objects.requireNonNull(municipalityId, "municipalityId");
    this.name = Text.required(name, "The team's name", 200);
    this.members = new HashSet<>(members);
    this.version = version;
  }

  public void rename(String newName) {
    this.name = Text.required(newName, "The team's name", 200);
  }

  public void add(StaffMemberId coach) {
    members.add(Objects.requireNonNull(coach, "coach"));
  }

  public void remove(StaffMemberId coach) {
    members.remove(coach);
  }

  public boolean has(StaffMemberId staffMember) {
    return members.contains(staffMember);
  }

  @Override
  public CoachTeamId id() {
    return id;
  }

  public MunicipalityId municipalityId() {
    return municipalityId;
  }

  public String name() {
    return name;
  }

  public Set<StaffMemberId> members() {
    return Set.copyOf(members);
  }

  public long version() {
    return version;
  }
}
