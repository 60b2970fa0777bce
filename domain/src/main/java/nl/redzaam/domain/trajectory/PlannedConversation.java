package nl.redzaam.domain.trajectory;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The appointment for the next conversation between coach and resident: when (Dutch wall-clock
 * time, as people agree it) and where, for example "Gemeentehuis, kamer 2.14" or "Bij je thuis".
 */
public record PlannedConversation(LocalDateTime startsAt, String place) {

  public static final int MAX_PLACE_LENGTH = 200;

  public PlannedConversation {
    Objects.requireNonNull(startsAt, "startsAt");
    Objects.requireNonNull(place, "place");
  }
}
