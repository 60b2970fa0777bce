package nl.redzaam.domain.plantedcyclea;

import nl.redzaam.domain.plantedcycleb.CycleB;

/** Planted violation: one half of a package cycle. */
public class CycleA {
  CycleB other;
}
