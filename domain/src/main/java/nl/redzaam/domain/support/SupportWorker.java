package nl.redzaam.domain.support;

import java.util.Objects;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.AggregateRoot;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.Text;

/** Someone working for a support organisation, with read-only access to granted trajectories. */
public final class SupportWorker implements AggregateRoot<SupportWorkerId> {

  private final SupportWorkerId id;
  private final SupportOrganisationId organisationId;
  private final MunicipalityId municipalityId;
  private String name;
  private final EmailAddress email;
  private boolean active;
  private final long version;

  public SupportWorker(
      SupportWorkerId id,
      SupportOrganisationId organisationId,
      MunicipalityId municipalityId,
      String name,
      EmailAddress email,
      boolean active,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
    this.municipalityId = Objects.requireNonNull(municipalityId, "municipalityId");
    this.name = Text.required(name, "The name", 200);
    this.email = Objects.requireNonNull(email, "email");
    this.active = active;
    this.version = version;
  }

  public void rename(String newName) {
    this.name = Text.required(newName, "The name", 200);
  }

  public void deactivate() {
    active = false;
  }

  @Override
  public SupportWorkerId id() {
    return id;
  }

  public SupportOrganisationId organisationId() {
    return organisationId;
  }

  public MunicipalityId municipalityId() {
    return municipalityId;
  }

  public String name() {
    return name;
  }

  public EmailAddress email() {
    return email;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version;
  }
}
