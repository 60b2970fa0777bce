package nl.redzaam.application.support;

import static nl.redzaam.application.fixtures.InMemoryAdministration.MUNICIPALITY;
import static nl.redzaam.application.fixtures.InMemoryAdministration.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.redzaam.application.AccessDenied;
import nl.redzaam.application.NotFound;
import nl.redzaam.application.PageRequest;
import nl.redzaam.application.fixtures.InMemoryAdministration;
import nl.redzaam.application.login.ActivateAccount;
import nl.redzaam.application.login.SecretTokens;
import nl.redzaam.application.port.Account;
import nl.redzaam.application.port.SessionRepository.Session;
import nl.redzaam.domain.shared.RuleViolation;
import nl.redzaam.domain.staff.StaffMember;
import nl.redzaam.domain.staff.StaffRole;
import nl.redzaam.domain.support.SupportOrganisation;
import nl.redzaam.domain.support.SupportWorker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SupportOrganisationUseCasesTest {

  private final InMemoryAdministration memory = new InMemoryAdministration();
  private StaffMember admin;

  private final ListSupportOrganisations list =
      new ListSupportOrganisations(
          memory.currentUser, memory.administratorAccess, memory.organisations);
  private final ReadSupportOrganisation read =
      new ReadSupportOrganisation(memory.currentUser, memory.administratorAccess);
  private final RegisterSupportOrganisation register =
      new RegisterSupportOrganisation(
          memory.currentUser, memory.administratorAccess, memory.organisations, memory.ids);
  private final VerifySupportOrganisation verify =
      new VerifySupportOrganisation(
          memory.currentUser, memory.administratorAccess, memory.organisations);
  private final ListSupportWorkers listWorkers =
      new ListSupportWorkers(memory.currentUser, memory.administratorAccess, memory.workers);
  private final AddSupportWorker addWorker =
      new AddSupportWorker(
          memory.currentUser,
          memory.administratorAccess,
          memory.workers,
          memory.personAccounts,
          memory.ids);
  private final DeactivateSupportWorker deactivateWorker =
      new DeactivateSupportWorker(
          memory.currentUser, memory.administratorAccess, memory.workers, memory.personAccounts);

  @BeforeEach
  void setUp() {
    admin = memory.staffMember(MUNICIPALITY, "Ayla Demir", StaffRole.ADMINISTRATOR);
    memory.actAs(admin);
  }

  private SupportWorker addJoke(SupportOrganisation organisation) {
    return addWorker
        .execute(new AddSupportWorker.Command(organisation.id(), "Joke Smit", "joke@humanitas.nl"))
        .worker();
  }

  @Test
  void an_organisation_starts_unverified_until_the_administrator_verifies_it() {
    SupportOrganisation registered =
        register.execute(new RegisterSupportOrganisation.Command("Humanitas Voorbeeldstad"));

    assertFalse(memory.organisationStore.get(registered.id()).verified());
    assertEquals(MUNICIPALITY, registered.municipalityId());

    verify.execute(new VerifySupportOrganisation.Command(registered.id()));

    assertTrue(memory.organisationStore.get(registered.id()).verified());
  }

  @Test
  void the_list_holds_only_the_own_municipalitys_organisations() {
    memory.organisation(MUNICIPALITY, "SchuldHulpMaatje", false);
    memory.organisation(MUNICIPALITY, "Humanitas", true);
    memory.organisation(OTHER, "Elders Hulp", true);

    var page = list.execute(new ListSupportOrganisations.Query(PageRequest.FIRST));

    assertEquals(2, page.totalItems());
    assertEquals(
        List.of("Humanitas", "SchuldHulpMaatje"),
        page.items().stream().map(SupportOrganisation::name).toList());
  }

  @Test
  void an_administrator_of_another_municipality_gets_404() {
    SupportOrganisation elsewhere = memory.organisation(OTHER, "Elders Hulp", false);

    assertThrows(
        NotFound.class,
        () -> verify.execute(new VerifySupportOrganisation.Command(elsewhere.id())));
    assertThrows(
        NotFound.class, () -> read.execute(new ReadSupportOrganisation.Query(elsewhere.id())));
    assertThrows(
        NotFound.class,
        () ->
            addWorker.execute(
                new AddSupportWorker.Command(elsewhere.id(), "Joke Smit", "joke@elders.nl")));
    assertFalse(memory.organisationStore.get(elsewhere.id()).verified());
    assertTrue(memory.workerStore.isEmpty());
  }

  @Test
  void a_coach_may_not_manage_support_organisations() {
    SupportOrganisation organisation = memory.organisation(MUNICIPALITY, "Humanitas", false);
    memory.actAs(memory.staffMember(MUNICIPALITY, "Sanne Jansen", StaffRole.COACH));

    assertThrows(
        AccessDenied.class,
        () -> verify.execute(new VerifySupportOrganisation.Command(organisation.id())));
    assertThrows(
        AccessDenied.class,
        () -> register.execute(new RegisterSupportOrganisation.Command("Eigen Club")));
    assertFalse(memory.organisationStore.get(organisation.id()).verified());
    assertEquals(1, memory.organisationStore.size());
  }

  @Test
  void a_new_worker_activates_a_support_worker_account_through_the_one_flow() {
    SupportOrganisation organisation = memory.organisation(MUNICIPALITY, "Humanitas", true);

    var added =
        addWorker.execute(
            new AddSupportWorker.Command(organisation.id(), "Joke Smit", "joke@humanitas.nl"));
    memory
        .activateAccount()
        .execute(
            new ActivateAccount.Command(
                added.invitation().activationToken(), "een lange eigen zin", true));

    SupportWorker worker = memory.workerStore.get(added.worker().id());
    assertEquals(organisation.id(), worker.organisationId());
    assertEquals(MUNICIPALITY, worker.municipalityId());
    assertEquals(
        Account.Kind.SUPPORT_WORKER,
        memory.tokenStore.get(SecretTokens.hash(added.invitation().activationToken())).kind());
    Account account = memory.accounts.findByPerson(worker.id().value()).orElseThrow();
    assertEquals(Account.Kind.SUPPORT_WORKER, account.kind());
    assertEquals(
        List.of(worker),
        listWorkers
            .execute(new ListSupportWorkers.Query(organisation.id(), PageRequest.FIRST))
            .items());
  }

  @Test
  void an_address_in_use_cannot_become_a_support_worker() {
    SupportOrganisation organisation = memory.organisation(MUNICIPALITY, "Humanitas", true);

    RuleViolation taken =
        assertThrows(
            RuleViolation.class,
            () ->
                addWorker.execute(
                    new AddSupportWorker.Command(
                        organisation.id(), "Ayla Demir", admin.email().value())));
    assertEquals("email-in-use", taken.rule());
    assertTrue(memory.workerStore.isEmpty());
  }

  @Test
  void a_deactivated_worker_is_logged_out_at_once() {
    SupportOrganisation organisation = memory.organisation(MUNICIPALITY, "Humanitas", true);
    SupportWorker joke = addJoke(organisation);
    memory.accounts.add(
        new Account(joke.email(), "hash", Account.Kind.SUPPORT_WORKER, joke.id().value()));
    memory.sessions.add(
        new Session(
            "joke-session",
            joke.id().value(),
            memory.now,
            memory.now,
            memory.now.plusSeconds(600)));

    deactivateWorker.execute(new DeactivateSupportWorker.Command(organisation.id(), joke.id()));

    assertFalse(memory.workerStore.get(joke.id()).active());
    assertFalse(memory.accounts.findByPerson(joke.id().value()).orElseThrow().enabled());
    assertFalse(memory.sessionStore.containsKey("joke-session"));
  }

  @Test
  void a_worker_is_found_only_under_their_own_organisation() {
    SupportOrganisation humanitas = memory.organisation(MUNICIPALITY, "Humanitas", true);
    SupportOrganisation maatje = memory.organisation(MUNICIPALITY, "SchuldHulpMaatje", true);
    SupportWorker joke = addJoke(humanitas);

    assertThrows(
        NotFound.class,
        () ->
            deactivateWorker.execute(new DeactivateSupportWorker.Command(maatje.id(), joke.id())));
    assertTrue(memory.workerStore.get(joke.id()).active());
  }
}
