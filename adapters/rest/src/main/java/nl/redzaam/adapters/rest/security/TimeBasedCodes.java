package nl.redzaam.adapters.rest.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import nl.redzaam.application.port.OneTimeCodes;

/**
 * TOTP as every authenticator app computes it: HMAC-SHA1, six digits, 30-second steps, a 160-bit
 * secret shown in Base32. The step before and after the current one count too, for phone clocks
 * that drift.
 */
@ApplicationScoped
public class TimeBasedCodes implements OneTimeCodes {

  private static final Duration STEP = Duration.ofSeconds(30);
  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TimeBasedOneTimePasswordGenerator generator =
      new TimeBasedOneTimePasswordGenerator(STEP, 6);

  @Override
  public String newSecret() {
    byte[] secret = new byte[20];
    RANDOM.nextBytes(secret);
    return base32(secret);
  }

  @Override
  public OptionalLong acceptedStep(String secret, String code, Instant now) {
    SecretKeySpec key = new SecretKeySpec(fromBase32(secret), "HmacSHA1");
    long current = now.getEpochSecond() / STEP.getSeconds();
    for (long step = current - 1; step <= current + 1; step++) {
      String expected = codeAt(key, Instant.ofEpochSecond(step * STEP.getSeconds()));
      // Compared in constant time, so timing does not tell how many digits were right.
      if (MessageDigest.isEqual(
          expected.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** The code for the step that holds this moment; for tests that act as the app. */
  public String codeAt(String secret, Instant at) {
    return codeAt(new SecretKeySpec(fromBase32(secret), "HmacSHA1"), at);
  }

  private String codeAt(SecretKeySpec key, Instant at) {
    try {
      return String.format("%06d", generator.generateOneTimePassword(key, at));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("An HMAC-SHA1 key of 20 bytes is always valid", e);
    }
  }

  // RFC 4648 Base32 without padding: five bits per character.
  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  static byte[] fromBase32(String text) {
    String clean = text.replace("=", "").toUpperCase(java.util.Locale.ROOT);
    byte[] out = new byte[clean.length() * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int i = 0;
    for (char c : clean.toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("Not Base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out[i++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    return out;
  }
}
