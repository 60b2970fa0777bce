package nl.redzaam.adapters.rest.plantedresource;

import jakarta.ws.rs.Path;
import nl.redzaam.application.port.TrajectoryRepository;

/** Planted violation: a REST resource that reads a repository instead of calling a use case. */
@Path("/planted")
public class ResourceReadingARepository {
  TrajectoryRepository trajectories;
}
