package nl.redzaam.domain.shared;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @Test
  void an_email_address_is_stored_trimmed_and_in_lower_case() {
    EmailAddress address = new EmailAddress("  Anna.De.Vries@Gemeente-Utrecht.NL ");

    assertEquals("anna.de.vries@gemeente-utrecht.nl", address.value());
    assertEquals("anna.de.vries@gemeente-utrecht.nl", address.toString());
  }

  @Test
  void addresses_typed_differently_are_the_same_address() {
    assertEquals(new EmailAddress("Piet@Example.org"), new EmailAddress("piet@example.ORG "));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "   ",
        "piet",
        "piet@",
        "@example.org",
        "piet@example",
        "piet@@example.org",
        "piet@exa mple.org",
        "pi et@example.org"
      })
  void an_email_address_has_one_at_sign_and_a_dot_in_the_domain(String value) {
    assertViolates("invalid-email-address", () -> new EmailAddress(value));
  }

  @Test
  void an_email_address_is_at_most_254_characters() {
    String domain = "@example.org";
    new EmailAddress("a".repeat(254 - domain.length()) + domain);

    assertViolates(
        "invalid-email-address",
        () -> new EmailAddress("a".repeat(255 - domain.length()) + domain));
  }
}
