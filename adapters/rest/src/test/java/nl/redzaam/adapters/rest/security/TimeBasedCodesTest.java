package nl.redzaam.adapters.rest.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TimeBasedCodesTest {

  private final TimeBasedCodes codes = new TimeBasedCodes();

  /** RFC 6238 appendix B: the SHA-1 secret "12345678901234567890", last six digits. */
  private static final String RFC_SECRET =
      TimeBasedCodes.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  @Test
  void codes_match_the_test_vectors_of_rfc_6238() {
    assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", RFC_SECRET);
    assertEquals("287082", codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(59)));
    assertEquals("081804", codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
    assertEquals("050471", codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111111)));
    assertEquals("005924", codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(1234567890)));
    assertEquals("279037", codes.codeAt(RFC_SECRET, Instant.ofEpochSecond(2000000000)));
  }

  @Test
  void the_code_of_the_step_before_and_after_is_accepted_and_no_other() {
    Instant now = Instant.ofEpochSecond(1234567890); // step 41152263
    long step = 41152263;
    assertEquals(OptionalLong.of(step), codes.acceptedStep(RFC_SECRET, "005924", now));
    assertEquals(
        OptionalLong.of(step - 1),
        codes.acceptedStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now.minusSeconds(30)), now));
    assertEquals(
        OptionalLong.of(step + 1),
        codes.acceptedStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now.plusSeconds(30)), now));
    assertEquals(
        OptionalLong.empty(),
        codes.acceptedStep(RFC_SECRET, codes.codeAt(RFC_SECRET, now.minusSeconds(60)), now));
    assertEquals(OptionalLong.empty(), codes.acceptedStep(RFC_SECRET, "12345", now));
  }

  @Test
  void secrets_are_160_random_bits_in_base32_that_decode_again() {
    String secret = codes.newSecret();
    assertEquals(32, secret.length());
    assertTrue(secret.matches("[A-Z2-7]+"));
    assertNotEquals(secret, codes.newSecret());
    byte[] bytes = TimeBasedCodes.fromBase32(secret);
    assertEquals(20, bytes.length);
    assertArrayEquals(bytes, TimeBasedCodes.fromBase32(TimeBasedCodes.base32(bytes)));
  }
}
