package nl.redzaam.domain.plantedcycleb;

import nl.redzaam.domain.plantedcyclea.CycleA;

/** Planted violation: the other half of a package cycle. */
public class CycleB {
  CycleA other;
}
