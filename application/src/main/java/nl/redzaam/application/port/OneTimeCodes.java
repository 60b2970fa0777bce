package nl.redzaam.application.port;

import java.time.Instant;
import java.util.OptionalLong;

/** Time-based one-time passwords (TOTP, RFC 6238): six digits every 30 seconds. */
public interface OneTimeCodes {

  /** A new random shared secret, in Base32 as authenticator apps expect it. */
  String newSecret();

  /**
   * The time step the code belongs to, if it is the code for now or for the step just before or
   * after (clocks on phones drift); empty for any other code.
   */
  OptionalLong acceptedStep(String secret, String code, Instant now);
}
