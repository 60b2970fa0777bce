package nl.redzaam.application.login;

import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.AccountRepository;
import nl.redzaam.application.port.Clock;
import nl.redzaam.application.port.IdentityProviderLoginRepository;
import nl.redzaam.application.port.IdentityProviderLoginRepository.Handover;
import nl.redzaam.application.port.IdentityProviderLoginRepository.PendingLogin;
import nl.redzaam.application.port.MunicipalityRepository;
import nl.redzaam.application.port.OpenIdConnect;
import nl.redzaam.application.port.OpenIdConnect.LoginRequest;
import nl.redzaam.application.port.OpenIdConnect.ProviderFailed;
import nl.redzaam.application.port.PasswordHasher;
import nl.redzaam.application.port.StaffMemberRepository;
import nl.redzaam.domain.municipality.IdentityProvider;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.StaffMember;

/**
 * A staff member logs in through the municipality's own identity provider (OpenID Connect,
 * authorisation code with PKCE, ADR 0016): Redzaam sends the browser there, takes the code back,
 * verifies the ID token and finds the staff member its account claim names in that municipality.
 * The session then reaches the work environment through a ticket that works once, so no session
 * token ever sits in a URL. The provider's login replaces password and second factor: a
 * municipality that wants a second factor asks for it at its own provider.
 */
public final class IdentityProviderLogin {

  /** A municipality whose staff can log in through its provider. */
  public record Provider(UUID municipalityId, String municipalityName) {}

  /**
   * @param browserBinding the value for a cookie in the browser that started the login; the login
   *     can be finished only with it, so nobody can send a login of their own to someone else
   */
  public record Started(URI authorizationUrl, Instant expiresAt, String browserBinding) {}

  /** Where the provider sends the browser back to: Redzaam's callback, registered there. */
  public record Settings(URI redirectUri) {
    public Settings {
      Objects.requireNonNull(redirectUri, "redirectUri");
    }
  }

  /** Why a login that came back from the provider does not lead to a session. */
  public enum Refusal {
    /** The state is unknown, used already or too old; or the ticket is. */
    EXPIRED,
    /** The login came back to another browser than the one that started it. */
    OTHER_BROWSER,
    /** The provider said no, could not be reached, or sent a token that does not hold. */
    PROVIDER_FAILED,
    /** The provider's account names no staff member of this municipality. */
    UNKNOWN_ACCOUNT,
    /** The staff member was deactivated. */
    DISABLED_ACCOUNT
  }

  /** The login does not lead to a session; the reason can be shown to the person. */
  public static final class Refused extends RuntimeException {
    private final Refusal reason;

    public Refused(Refusal reason, String message) {
      super(message);
      this.reason = reason;
    }

    public Refusal reason() {
      return reason;
    }
  }

  private static final Logger LOG = Logger.getLogger(IdentityProviderLogin.class.getName());
  // Long enough to type a password and answer the provider's own second factor.
  private static final Duration AT_THE_PROVIDER = Duration.ofMinutes(10);
  // The work environment picks the ticket up at once.
  private static final Duration HANDOVER = Duration.ofMinutes(1);

  private final MunicipalityRepository municipalities;
  private final StaffMemberRepository staff;
  private final AccountRepository accounts;
  private final IdentityProviderLoginRepository logins;
  private final OpenIdConnect openIdConnect;
  private final PasswordHasher passwords;
  private final Authentication authentication;
  private final Clock clock;
  private final Settings settings;

  @Inject
  public IdentityProviderLogin(
      MunicipalityRepository municipalities,
      StaffMemberRepository staff,
      AccountRepository accounts,
      IdentityProviderLoginRepository logins,
      OpenIdConnect openIdConnect,
      PasswordHasher passwords,
      Authentication authentication,
      Clock clock,
      Settings settings) {
    this.municipalities = municipalities;
    this.staff = staff;
    this.accounts = accounts;
    this.logins = logins;
    this.openIdConnect = openIdConnect;
    this.passwords = passwords;
    this.authentication = authentication;
    this.clock = clock;
    this.settings = settings;
  }

  /** The municipalities with a provider, by name, for the login page. */
  public List<Provider> providers() {
    return municipalities.all().stream()
        .filter(m -> m.identityProvider().isPresent())
        .sorted(Comparator.comparing(Municipality::name))
        .map(m -> new Provider(m.id().value(), m.name()))
        .toList();
  }

  /**
   * Starts a login at the municipality's provider.
   *
   * @throws NotFound when the municipality has no provider
   * @throws ProviderFailed when the provider's metadata cannot be read
   */
  public Started start(UUID municipalityId) {
    MunicipalityId id = new MunicipalityId(municipalityId);
    IdentityProvider provider = providerOf(id);
    Instant now = clock.now();
    LoginRequest request =
        new LoginRequest(
            SecretTokens.newToken(),
            SecretTokens.newToken(),
            SecretTokens.newToken(),
            settings.redirectUri());
    URI url = openIdConnect.authorizationUrl(id, provider, request);
    Instant expiresAt = now.plus(AT_THE_PROVIDER);
    String browserBinding = SecretTokens.newToken();
    logins.addPending(
        new PendingLogin(
            SecretTokens.hash(request.state()),
            SecretTokens.hash(browserBinding),
            municipalityId,
            request.nonce(),
            request.codeVerifier(),
            expiresAt),
        now);
    return new Started(url, expiresAt, browserBinding);
  }

  /**
   * Finishes a login the provider sent back: with a code, or with the provider's error.
   *
   * @param browserBinding the cookie of the browser the provider sent back; null when it has none
   * @return the ticket the work environment exchanges for a session with {@link #enter}
   * @throws Refused when the login does not lead to a session
   */
  public String finish(String state, String code, String providerError, String browserBinding) {
    Instant now = clock.now();
    PendingLogin pending =
        Optional.ofNullable(state)
            .flatMap(s -> logins.takePending(SecretTokens.hash(s)))
            .filter(p -> now.isBefore(p.expiresAt()))
            .orElseThrow(() -> new Refused(Refusal.EXPIRED, "This login is unknown or expired"));
    if (browserBinding == null
        || !SecretTokens.hash(browserBinding).equals(pending.browserHash())) {
      throw new Refused(
          Refusal.OTHER_BROWSER, "This login was started in another browser; start it again here");
    }
    if (providerError != null || code == null || code.isBlank()) {
      throw refusedBy(
          "the provider answered " + Objects.requireNonNullElse(providerError, "no code"));
    }
    MunicipalityId municipality = new MunicipalityId(pending.municipalityId());
    IdentityProvider provider =
        municipalities
            .find(municipality)
            .flatMap(Municipality::identityProvider)
            .orElseThrow(() -> refusedBy("the municipality disconnected its provider meanwhile"));
    LoginRequest request =
        new LoginRequest(state, pending.nonce(), pending.codeVerifier(), settings.redirectUri());
    String claim;
    try {
      claim = openIdConnect.accountClaim(municipality, provider, request, code);
    } catch (ProviderFailed e) {
      throw refusedBy(e.getMessage());
    }
    StaffMember member =
        emailIn(claim)
            .flatMap(staff::findByEmail)
            .filter(m -> m.municipalityId().equals(municipality))
            .orElseThrow(
                () ->
                    new Refused(
                        Refusal.UNKNOWN_ACCOUNT,
                        "The provider's account names no staff member of this municipality"));
    Account account = accountOf(member);
    String ticket = SecretTokens.newToken();
    logins.addHandover(
        new Handover(SecretTokens.hash(ticket), account.personId(), now.plus(HANDOVER)));
    return ticket;
  }

  /**
   * Exchanges the ticket from {@link #finish} for a session.
   *
   * @param previousToken the token the client still held, ended; may be null
   * @throws Refused when the ticket is unknown, used or expired, or the account was disabled since
   */
  public Authentication.NewSession enter(String ticket, String previousToken) {
    Instant now = clock.now();
    Handover handover =
        Optional.ofNullable(ticket)
            .flatMap(t -> logins.takeHandover(SecretTokens.hash(t)))
            .filter(h -> now.isBefore(h.expiresAt()))
            .orElseThrow(() -> new Refused(Refusal.EXPIRED, "This login is unknown or expired"));
    Account account =
        accounts
            .findByPerson(handover.personId())
            .filter(Account::enabled)
            .orElseThrow(
                () -> new Refused(Refusal.DISABLED_ACCOUNT, "This account has been disabled"));
    return authentication.startVerifiedSession(account, previousToken);
  }

  private IdentityProvider providerOf(MunicipalityId id) {
    return municipalities
        .find(id)
        .flatMap(Municipality::identityProvider)
        .orElseThrow(() -> new NotFound("No identity provider for municipality " + id.value()));
  }

  /**
   * The staff member's account; one who never activated a password gets an account here, with a
   * random password nobody knows, so the provider alone lets them in.
   */
  private Account accountOf(StaffMember member) {
    UUID person = member.id().value();
    Optional<Account> existing = accounts.findByPerson(person);
    if (!member.active() || existing.map(a -> !a.enabled()).orElse(false)) {
      throw new Refused(Refusal.DISABLED_ACCOUNT, "This staff member has been deactivated");
    }
    if (existing.isPresent()) {
      return existing.get();
    }
    Account account =
        new Account(
            member.email(), passwords.hash(SecretTokens.newToken()), Account.Kind.STAFF, person);
    accounts.add(account);
    return account;
  }

  private static Optional<EmailAddress> emailIn(String claim) {
    try {
      return Optional.ofNullable(claim).map(EmailAddress::new);
    } catch (RuleViolation notAnEmailAddress) {
      return Optional.empty();
    }
  }

  private static Refused refusedBy(String why) {
    LOG.warning("Login through an identity provider refused: " + why);
    return new Refused(Refusal.PROVIDER_FAILED, "The identity provider did not confirm the login");
  }
}
