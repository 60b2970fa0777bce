package nl.redzaam.application.port;

import java.util.Collection;

/** Decides whether a new password is good enough. */
public interface PasswordPolicy {

  /**
   * @param personalWords words an attacker could guess from the person (name, email address)
   * @throws nl.redzaam.domain.shared.RuleViolation saying what is wrong with the password
   */
  void check(String password, Collection<String> personalWords);
}
