package nl.redzaam.deployment.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import nl.redzaam.application.mail.Unsubscribe;
import nl.redzaam.application.port.MailPreferences.OptionalMail;

/** The unsubscribe page's use case in a transaction (a servlet has no interceptors of its own). */
@ApplicationScoped
public class Unsubscriptions {

  @Inject Unsubscribe unsubscribe;

  @Transactional
  public void turnOff(String token, OptionalMail mail) {
    unsubscribe.execute(new Unsubscribe.Command(token, mail));
  }
}
