package nl.redzaam.adapters.plantedtwo;

/** Planted: the adapter that AdapterOne wrongly depends on. */
public class AdapterTwo {}
