package nl.redzaam.deployment.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import nl.redzaam.adapters.rest.security.PasswordHashing;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.IdentityGenerator;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a database without any municipality, creates the first municipality and its administrator from
 * configuration ({@code REDZAAM_BOOTSTRAP_MUNICIPALITY}, {@code REDZAAM_BOOTSTRAP_ADMIN_EMAIL},
 * {@code REDZAAM_BOOTSTRAP_ADMIN_PASSWORD}). The password comes from the environment of the
 * deployment, never from the repository.
 */
@ApplicationScoped
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
  static final int MINIMUM_PASSWORD_LENGTH = 12;

  @Inject
  @ConfigProperty(name = "redzaam.bootstrap.municipality")
  Optional<String> municipalityName;

  @Inject
  @ConfigProperty(name = "redzaam.bootstrap.admin.email")
  Optional<String> email;

  @Inject
  @ConfigProperty(name = "redzaam.bootstrap.admin.password")
  Optional<String> password;

  @Inject MunicipalityRepository municipalities;
  @Inject StaffMemberRepository staff;
  @Inject AccountRepository accounts;
  @Inject IdentityGenerator ids;
  @Inject PasswordHashing passwords;

  /** Creates them when the database has no municipality yet and the settings are complete. */
  @Transactional
  public void createIfEmpty() {
    if (!municipalities.all().isEmpty()) {
      return;
    }
    if (municipalityName.isEmpty() || email.isEmpty() || password.isEmpty()) {
      LOG.warning(
          "The database has no municipality yet. Set REDZAAM_BOOTSTRAP_MUNICIPALITY,"
              + " REDZAAM_BOOTSTRAP_ADMIN_EMAIL and REDZAAM_BOOTSTRAP_ADMIN_PASSWORD to create the"
              + " first municipality and its administrator.");
      return;
    }
    if (password.get().length() < MINIMUM_PASSWORD_LENGTH) {
      LOG.severe(
          "REDZAAM_BOOTSTRAP_ADMIN_PASSWORD must be at least "
              + MINIMUM_PASSWORD_LENGTH
              + " characters; no administrator created.");
      return;
    }
    Municipality municipality =
        Municipality.register(new MunicipalityId(ids.newId()), municipalityName.get());
    municipalities.add(municipality);
    StaffMember administrator =
        new StaffMember(
            new StaffMemberId(ids.newId()),
            municipality.id(),
            "Beheerder",
            new EmailAddress(email.get()),
            Set.of(StaffRole.ADMINISTRATOR),
            null,
            true,
            0);
    staff.add(administrator);
    accounts.add(
        new Account(
            administrator.email(),
            passwords.hash(password.get()),
            Account.Kind.STAFF,
            administrator.id().value()));
    LOG.info("Created municipality " + municipality.name() + " with its first administrator.");
  }
}
