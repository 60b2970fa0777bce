package nl.redzaam.adapters.rest.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import nl.redzaam.application.port.AccessLog;
import nl.redzaam.domain.resident.ResidentId;
import nl.redzaam.domain.trajectory.TrajectoryId;

/** Collects whose data the current request concerns; {@link AccessLogFilter} writes it down. */
@RequestScoped
public class RequestAccessLog implements AccessLog {

  /** One resident's data touched by the request. */
  public record Concern(ResidentId resident, TrajectoryId trajectory, String onBehalfOf) {}

  private final List<Concern> concerns = new ArrayList<>();

  @Override
  public void concerns(ResidentId resident, TrajectoryId trajectory, String onBehalfOf) {
    Concern concern = new Concern(resident, trajectory, onBehalfOf);
    if (!concerns.contains(concern)) {
      concerns.add(concern);
    }
  }

  public List<Concern> collected() {
    return List.copyOf(concerns);
  }
}
