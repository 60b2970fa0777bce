package nl.redzaam.domain.municipality;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentityProviderTest {

  @Test
  void a_provider_on_https_with_the_email_claim_by_default() {
    IdentityProvider provider =
        IdentityProvider.of(" https://login.example.nl/realms/gemeente ", " redzaam ", " ");

    assertEquals("https://login.example.nl/realms/gemeente", provider.issuer().toString());
    assertEquals("redzaam", provider.clientId());
    assertEquals("email", provider.accountClaim());
  }

  @Test
  void plain_http_is_only_for_a_provider_on_this_machine() {
    assertEquals(
        "http://127.0.0.1:8090/test",
        IdentityProvider.of("http://127.0.0.1:8090/test", "r", "upn").issuer().toString());
    assertViolates(
        "issuer-not-https", () -> IdentityProvider.of("http://login.example.nl/", "r", null));
    assertViolates(
        "issuer-not-https", () -> IdentityProvider.of("ftp://login.example.nl/", "r", null));
  }

  @Test
  void an_issuer_is_a_plain_absolute_url() {
    assertViolates("issuer-invalid", () -> IdentityProvider.of("login.example.nl", "r", null));
    assertViolates("issuer-invalid", () -> IdentityProvider.of("https://a b", "r", null));
    assertViolates(
        "issuer-invalid", () -> IdentityProvider.of("https://login.example.nl/?x=1", "r", null));
    assertViolates(
        "issuer-invalid", () -> IdentityProvider.of("https://user@login.example.nl/", "r", null));
    assertViolates("text-required", () -> IdentityProvider.of(" ", "r", null));
  }

  @Test
  void client_and_claim_are_checked() {
    assertViolates(
        "text-required", () -> IdentityProvider.of("https://login.example.nl/", " ", null));
    assertViolates(
        "claim-invalid", () -> IdentityProvider.of("https://login.example.nl/", "r", "e mail"));
  }

  @Test
  void a_municipality_connects_and_disconnects_its_provider() {
    Municipality utrecht = Municipality.register(new MunicipalityId(UUID.randomUUID()), "Utrecht");
    IdentityProvider provider = IdentityProvider.of("https://login.utrecht.nl/", "redzaam", null);

    assertTrue(utrecht.identityProvider().isEmpty());
    utrecht.connect(provider);
    assertEquals(provider, utrecht.identityProvider().orElseThrow());
    utrecht.disconnectIdentityProvider();
    assertTrue(utrecht.identityProvider().isEmpty());
  }
}
