package nl.redzaam.application.login;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Ten single-use recovery codes for when the phone with the authenticator is lost: twelve
 * characters (60 random bits) from an alphabet without look-alikes, shown once as "abcd-efgh-jkmn"
 * and stored only as a hash salted with the person's id.
 */
public final class RecoveryCodes {

  public static final int COUNT = 10;
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private RecoveryCodes() {}

  public static List<String> newCodes() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < COUNT; i++) {
      StringBuilder code = new StringBuilder();
      for (int c = 0; c < 12; c++) {
        if (c > 0 && c % 4 == 0) {
          code.append('-');
        }
        code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      codes.add(code.toString());
    }
    return codes;
  }

  /** The stored form of a code as typed: case, spaces and dashes do not matter. */
  public static String hash(UUID personId, String typed) {
    return SecretTokens.hash(personId + ":" + normalised(typed));
  }

  public static List<String> hashes(UUID personId, List<String> codes) {
    return codes.stream().map(code -> hash(personId, code)).toList();
  }

  static String normalised(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }
}
