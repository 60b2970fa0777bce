package nl.redzaam.adapters.rest.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.RuleViolation;

/**
 * Checks an email address and password against the stored accounts. For now the API uses HTTP Basic
 * authentication over TLS; see docs/adr for what replaces it.
 */
@BasicAuthenticationMechanismDefinition(realmName = "Redzaam")
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AccountRepository accounts;
  @Inject PasswordHashing passwords;

  private volatile String decoyHash;

  @Override
  @Transactional
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    Optional<Account> account = find(login.getCaller());
    String password = login.getPasswordAsString();
    // Hash even for unknown addresses, so response times do not reveal which addresses exist.
    String hash = account.map(Account::passwordHash).orElseGet(this::decoyHash);
    if (!passwords.matches(password, hash) || account.isEmpty()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        account.get().email().value(), Set.of(account.get().kind().name()));
  }

  private Optional<Account> find(String email) {
    try {
      return accounts.findByEmail(new EmailAddress(email));
    } catch (RuleViolation notAnEmailAddress) {
      return Optional.empty();
    }
  }

  private String decoyHash() {
    if (decoyHash == null) {
      decoyHash = passwords.hash("decoy-password-for-timing");
    }
    return decoyHash;
  }
}
