package nl.redzaam.adapters.mail;

/** Hands one mail over: to an SMTP server, or to the local mailbox of the embedded default. */
public interface MailDelivery {

  /**
   * Delivers the mail or throws. Returning normally means the receiving side accepted it.
   *
   * @throws Exception when it was not accepted; the sender tries again later
   */
  void deliver(OutgoingMail mail) throws Exception;
}
