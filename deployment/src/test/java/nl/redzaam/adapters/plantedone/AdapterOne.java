package nl.redzaam.adapters.plantedone;

import nl.redzaam.adapters.plantedtwo.AdapterTwo;

/** Planted violation: an adapter that uses another adapter. */
public class AdapterOne {
  AdapterTwo other;
}
