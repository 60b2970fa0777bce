package nl.redzaam.domain.plantedframework;

/** Planted violation: a domain class that uses a framework type. Used by PlantedViolationsTest. */
@jakarta.persistence.Entity
public class DomainUsingFramework {}
