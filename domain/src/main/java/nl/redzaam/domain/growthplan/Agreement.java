package nl.redzaam.domain.growthplan;

import java.time.LocalDate;
import java.util.Objects;

/** An agreement made with the resident, for example "we speak every two weeks at home". */
public record Agreement(AgreementId id, String description, LocalDate madeOn) {
  public Agreement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(madeOn, "madeOn");
  }
}
