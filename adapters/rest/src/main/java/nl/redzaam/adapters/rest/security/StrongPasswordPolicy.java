package nl.redzaam.adapters.rest.security;

import static nl.redzaam.domain.shared.RuleViolation.require;

import com.nulabinc.zxcvbn.Zxcvbn;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.redzaam.application.port.PasswordPolicy;

/**
 * Password rules after OWASP ASVS 5.0: at least 8 characters, up to 128 accepted, no composition
 * rules, and no password that is common or easy to guess. Guessability is estimated with zxcvbn,
 * which knows tens of thousands of common passwords, names and keyboard patterns; we add Dutch
 * words people often use and the person's own name and address.
 */
@ApplicationScoped
public class StrongPasswordPolicy implements PasswordPolicy {

  public static final int MINIMUM_LENGTH = 8;
  public static final int MAXIMUM_LENGTH = 128;

  /** zxcvbn's score 2 means "guessable only with more than a million tries". */
  public static final int MINIMUM_SCORE = 2;

  private static final List<String> DUTCH_WORDS =
      List.of(
          "wachtwoord",
          "welkom",
          "geheim",
          "inloggen",
          "gemeente",
          "redzaam",
          "voorjaar",
          "zomer",
          "najaar",
          "winter",
          "maandag",
          "amsterdam",
          "rotterdam",
          "nederland",
          "ajax",
          "feyenoord",
          "schat",
          "liefde",
          "hallo",
          "doei");

  private final Zxcvbn zxcvbn = new Zxcvbn();

  @Override
  public void check(String password, Collection<String> personalWords) {
    require(password != null, "password-too-short", "Choose a password");
    int length = password.codePointCount(0, password.length());
    require(
        length >= MINIMUM_LENGTH,
        "password-too-short",
        "A password needs at least " + MINIMUM_LENGTH + " characters");
    require(
        length <= MAXIMUM_LENGTH,
        "password-too-long",
        "A password can have at most " + MAXIMUM_LENGTH + " characters");
    List<String> words = new ArrayList<>(DUTCH_WORDS);
    for (String word : personalWords) {
      words.add(word);
      words.addAll(List.of(word.split("[@._\\-\\s]+")));
    }
    require(
        zxcvbn.measure(password, words).getScore() >= MINIMUM_SCORE,
        "password-too-easy",
        "This password is used often or is easy to guess; a few words in a row make a strong one");
  }
}
