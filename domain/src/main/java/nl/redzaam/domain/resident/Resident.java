package nl.redzaam.domain.resident;

import java.util.Objects;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.AggregateRoot;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.Text;

/** A resident of a municipality. Invariants: belongs to exactly one municipality; has a name. */
public final class Resident implements AggregateRoot<ResidentId> {

  private final ResidentId id;
  private final MunicipalityId municipalityId;
  private String firstName;
  private String lastName;
  private EmailAddress email;
  private final long version;

  public Resident(
      ResidentId id,
      MunicipalityId municipalityId,
      String firstName,
      String lastName,
      EmailAddress email,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.municipalityId = Objects.requireNonNull(municipalityId, "municipalityId");
    this.firstName = Text.required(firstName, "The first name", 100);
    this.lastName = Text.required(lastName, "The last name", 100);
    this.email = Objects.requireNonNull(email, "email");
    this.version = version;
  }

  public void correctName(String firstName, String lastName) {
    this.firstName = Text.required(firstName, "The first name", 100);
    this.lastName = Text.required(lastName, "The last name", 100);
  }

  public void changeEmail(EmailAddress email) {
    this.email = Objects.requireNonNull(email, "email");
  }

  @Override
  public ResidentId id() {
    return id;
  }

  public MunicipalityId municipalityId() {
    return municipalityId;
  }

  public String firstName() {
    return firstName;
  }

  public String lastName() {
    return lastName;
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  public EmailAddress email() {
    return email;
  }

  public long version() {
    return version;
  }
}
