package nl.redzaam.application.plantedadapter;

import nl.redzaam.adapters.rest.problem.BadRequest;

/** Planted violation: a use case that reaches into an adapter. */
public class UseCaseUsingAdapter {
  BadRequest error;
}
