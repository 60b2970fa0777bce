package nl.redzaam.domain.support;

import java.util.Objects;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.AggregateRoot;
import nl.redzaam.domain.shared.Text;

/**
 * An outside organisation that helps residents, such as a volunteers' service. Residents may only
 * grant access to organisations their municipality has verified; withdrawing the verification ends
 * every access the organisation had.
 */
public final class SupportOrganisation implements AggregateRoot<SupportOrganisationId> {

  private final SupportOrganisationId id;
  private final MunicipalityId municipalityId;
  private String name;
  private boolean verified;
  private final long version;

  public SupportOrganisation(
      SupportOrganisationId id,
      MunicipalityId municipalityId,
      String name,
      boolean verified,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.municipalityId = Objects.requireNonNull(municipalityId, "municipalityId");
    this.name = Text.required(name, "The organisation's name", 200);
    this.verified = verified;
    this.version = version;
  }

  public void rename(String newName) {
    this.name = Text.required(newName, "The organisation's name", 200);
  }

  public void verify() {
    verified = true;
  }

  public void withdrawVerification() {
    verified = false;
  }

  @Override
  public SupportOrganisationId id() {
    return id;
  }

  public MunicipalityId municipalityId() {
    return municipalityId;
  }

  public String name() {
    return name;
  }

  public boolean verified() {
    return verified;
  }

  public long version() {
    return version;
  }
}
