package nl.redzaam.adapters.mail;

/** The kinds of mail Redzaam sends. Optional kinds carry an unsubscribe link. */
public enum MailKind {
  /** The invitation with the activation link (resident, staff member or support worker). */
  INVITATION(false),
  PASSWORD_RESET(false),
  WEEKLY_ASSIGNMENTS(true),
  COACH_NEWS(true),
  EVALUATION_COMING(true),
  AFTERCARE_CHECK_IN(true),
  CONVERSATION_COMING(true);

  private final boolean optional;

  MailKind(boolean optional) {
    this.optional = optional;
  }

  /** Whether the recipient may turn this kind of mail off. */
  public boolean optional() {
    return optional;
  }
}
