package nl.redzaam.application.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.fixtures.InMemoryAdministration;
import nl.redzaam.application.login.IdentityProviderLogin.Refusal;
import nl.redzaam.application.login.IdentityProviderLogin.Refused;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.IdentityProviderLoginRepository;
import nl.redzaam.application.port.OpenIdConnect;
import nl.redzaam.domain.municipality.IdentityProvider;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;
import nl.redzaam.domain.shared.EmailAddress;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffMemberId;
import nl.redzaam.domain.staff.StaffRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of a login through the municipality's provider, with the provider stood in for: the
 * adapter itself is tested against a real provider (NimbusOpenIdConnectTest), the whole flow
 * through the WAR in IdentityProviderLoginIT.
 */
class IdentityProviderLoginTest {

  private static final MunicipalityId HOME = InMemoryAdministration.MUNICIPALITY;
  private static final MunicipalityId ELSEWHERE = InMemoryAdministration.OTHER;
  private static final URI CALLBACK =
      URI.create("https://redzaam.example/api/v1/identity-providers/callback");

  private final InMemoryLogins logins = new InMemoryLogins();
  private final InMemoryAdministration administration = new InMemoryAdministration();
  private final StoredLogins stored = new StoredLogins();
  private final Provider provider = new Provider();
  private IdentityProviderLogin login;

  @BeforeEach
  void setUp() {
    Municipality home = Municipality.register(HOME, "Gemeente Thuis");
    home.connect(IdentityProvider.of("https://login.thuis.example/", "redzaam", null));
    administration.municipalities.add(home);
    administration.municipalities.add(Municipality.register(ELSEWHERE, "Gemeente Elders"));
    login =
        new IdentityProviderLogin(
            administration.municipalities,
            administration.staff,
            logins.accountRepository,
            stored,
            provider,
            logins.hasher,
            logins.authentication(),
            logins.clock,
            new IdentityProviderLogin.Settings(CALLBACK));
  }

  @Test
  void a_staff_member_of_the_municipality_gets_an_account_once_and_a_session_per_login() {
    StaffMember coach = staffMember(HOME, "coach@thuis.example");
    // Even where the municipality requires Redzaam's second factor, the provider's login counts.
    logins.required.add(coach.id().value());

    String ticket = finishedLoginOf("coach@thuis.example");
    Authentication.NewSession session = login.enter(ticket, null);

    assertEquals(coach.id().value(), session.account().personId());
    assertEquals(Account.Kind.STAFF, session.account().kind());
    assertEquals(
        session.account(), logins.authentication().authenticate(session.token()).orElseThrow());
    Authentication.NewSession again = login.enter(finishedLoginOf("coach@thuis.example"), null);
    assertEquals(1, logins.accounts.size(), "the account is made once");
    assertTrue(!again.token().equals(session.token()));
  }

  @Test
  void the_claim_must_name_a_staff_member_of_this_very_municipality() {
    staffMember(ELSEWHERE, "coach@elders.example");

    assertRefused(Refusal.UNKNOWN_ACCOUNT, () -> finishedLoginOf("coach@elders.example"));
    assertRefused(Refusal.UNKNOWN_ACCOUNT, () -> finishedLoginOf("nobody@thuis.example"));
    assertRefused(Refusal.UNKNOWN_ACCOUNT, () -> finishedLoginOf("not an address"));
    assertRefused(Refusal.UNKNOWN_ACCOUNT, () -> finishedLoginOf(null));
  }

  @Test
  void a_deactivated_staff_member_or_a_disabled_account_is_refused() {
    StaffMember left = staffMember(HOME, "weg@thuis.example");
    left.deactivate();
    administration.staff.update(left);
    StaffMember disabled = staffMember(HOME, "uit@thuis.example");
    logins.accountRepository.add(
        new Account(disabled.email(), "x", Account.Kind.STAFF, disabled.id().value(), false));

    assertRefused(Refusal.DISABLED_ACCOUNT, () -> finishedLoginOf("weg@thuis.example"));
    assertRefused(Refusal.DISABLED_ACCOUNT, () -> finishedLoginOf("uit@thuis.example"));
  }

  @Test
  void an_account_disabled_between_callback_and_ticket_gets_no_session() {
    StaffMember coach = staffMember(HOME, "coach@thuis.example");
    String ticket = finishedLoginOf("coach@thuis.example");
    Account account = logins.accountRepository.findByPerson(coach.id().value()).orElseThrow();
    logins.accountRepository.update(account.disabled());

    assertRefused(Refusal.DISABLED_ACCOUNT, () -> login.enter(ticket, null));
  }

  @Test
  void state_and_ticket_work_once_and_not_for_long() {
    staffMember(HOME, "coach@thuis.example");
    IdentityProviderLogin.Started started = login.start(HOME.value());
    String state = provider.lastState;
    provider.claim = "coach@thuis.example";
    logins.now = logins.now.plusSeconds(601);
    assertRefused(
        Refusal.EXPIRED, () -> login.finish(state, "code", null, started.browserBinding()));
    assertEquals(logins.now.minusSeconds(1), started.expiresAt());

    String ticket = finishedLoginOf("coach@thuis.example");
    logins.now = logins.now.plusSeconds(61);
    assertRefused(Refusal.EXPIRED, () -> login.enter(ticket, null));
    assertRefused(Refusal.EXPIRED, () -> login.enter(ticket, null));
    assertRefused(Refusal.EXPIRED, () -> login.enter(null, null));
  }

  @Test
  void the_providers_error_or_a_token_that_does_not_hold_is_refused() {
    staffMember(HOME, "coach@thuis.example");
    String first = login.start(HOME.value()).browserBinding();
    String refusedByProvider = provider.lastState;
    assertRefused(
        Refusal.PROVIDER_FAILED,
        () -> login.finish(refusedByProvider, null, "access_denied", first));

    String second = login.start(HOME.value()).browserBinding();
    String badToken = provider.lastState;
    provider.failure = new OpenIdConnect.ProviderFailed("the ID token's issuer is wrong");
    assertRefused(Refusal.PROVIDER_FAILED, () -> login.finish(badToken, "code", null, second));
    assertRefused(Refusal.EXPIRED, () -> login.finish(badToken, "code", null, second));
  }

  @Test
  void only_municipalities_with_a_provider_are_offered_and_started() {
    assertEquals(
        List.of(new IdentityProviderLogin.Provider(HOME.value(), "Gemeente Thuis")),
        login.providers());
    assertThrows(NotFound.class, () -> login.start(ELSEWHERE.value()));
  }

  private String finishedLoginOf(String claim) {
    String browser = login.start(HOME.value()).browserBinding();
    assertEquals(CALLBACK, provider.lastRedirect);
    provider.claim = claim;
    return login.finish(provider.lastState, "code-" + UUID.randomUUID(), null, browser);
  }

  @Test
  void only_the_browser_that_started_the_login_can_finish_it() {
    staffMember(HOME, "coach@thuis.example");
    provider.claim = "coach@thuis.example";
    login.start(HOME.value());
    String forged = provider.lastState;
    assertRefused(Refusal.OTHER_BROWSER, () -> login.finish(forged, "code", null, null));
    String browser = login.start(HOME.value()).browserBinding();
    String state = provider.lastState;
    assertRefused(
        Refusal.OTHER_BROWSER, () -> login.finish(state, "code", null, "other-" + browser));
    assertRefused(Refusal.EXPIRED, () -> login.finish(state, "code", null, browser));
  }

  private StaffMember staffMember(MunicipalityId municipality, String email) {
    StaffMember member =
        StaffMember.register(
            new StaffMemberId(UUID.randomUUID()),
            municipality,
            "Medewerker",
            new EmailAddress(email),
            Set.of(StaffRole.COACH),
            null);
    administration.staff.add(member);
    return member;
  }

  private static void assertRefused(Refusal reason, Runnable action) {
    Refused refused = assertThrows(Refused.class, action::run);
    assertEquals(reason, refused.reason(), refused.getMessage());
  }

  /** A stand-in provider: it names the account it was told to, or fails as told. */
  private static final class Provider implements OpenIdConnect {
    String claim;
    String lastState;
    URI lastRedirect;
    ProviderFailed failure;

    @Override
    public URI authorizationUrl(
        MunicipalityId municipality, IdentityProvider provider, LoginRequest login) {
      lastState = login.state();
      lastRedirect = login.redirectUri();
      return URI.create(provider.issuer() + "authorize?state=" + login.state());
    }

    @Override
    public String accountClaim(
        MunicipalityId municipality, IdentityProvider provider, LoginRequest login, String code) {
      if (failure != null) {
        throw failure;
      }
      return claim;
    }
  }

  private static final class StoredLogins implements IdentityProviderLoginRepository {
    final Map<String, PendingLogin> pending = new HashMap<>();
    final Map<String, Handover> handovers = new HashMap<>();

    @Override
    public void addPending(PendingLogin login, java.time.Instant now) {
      pending.put(login.stateHash(), login);
    }

    @Override
    public Optional<PendingLogin> takePending(String stateHash) {
      return Optional.ofNullable(pending.remove(stateHash));
    }

    @Override
    public void addHandover(Handover handover) {
      handovers.put(handover.ticketHash(), handover);
    }

    @Override
    public Optional<Handover> takeHandover(String ticketHash) {
      return Optional.ofNullable(handovers.remove(ticketHash));
    }
  }
}
