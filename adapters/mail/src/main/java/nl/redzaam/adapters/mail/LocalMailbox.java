package nl.redzaam.adapters.mail;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import nl.redzaam.application.port.Clock;

/**
 * The mailbox of the embedded default: mails are kept in memory (the latest {@value #CAPACITY}) and
 * shown on a page, so that a demo shows the activation link; nothing goes outside.
 */
public final class LocalMailbox implements MailDelivery {

  static final int CAPACITY = 200;

  /** A delivered mail as the mailbox page shows it. */
  public record Delivered(Instant at, OutgoingMail mail) {}

  private final Deque<Delivered> mails = new ArrayDeque<>();
  private final Clock clock;

  public LocalMailbox(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void deliver(OutgoingMail mail) {
    mails.addFirst(new Delivered(clock.now(), mail));
    while (mails.size() > CAPACITY) {
      mails.removeLast();
    }
  }

  /** Newest first. */
  public synchronized List<Delivered> mails() {
    return List.copyOf(mails);
  }
}
