package nl.redzaam.domain.municipality;

import static nl.redzaam.domain.shared.RuleViolation.require;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.shared.AggregateRoot;
import nl.redzaam.domain.shared.Text;

/**
 * A municipality using Redzaam. Invariants: it has a name; a trajectory type can only be started
 * when the municipality has purchased the module that offers it.
 */
public final class Municipality implements AggregateRoot<MunicipalityId> {

  private final MunicipalityId id;
  private String name;
  private final EnumSet<Module> purchasedModules;
  private SecondFactorRule secondFactorRule;
  private IdentityProvider identityProvider;
  private final long version;

  public Municipality(MunicipalityId id, String name, Set<Module> purchasedModules, long version) {
    this(id, name, purchasedModules, SecondFactorRule.ADMINISTRATORS, version);
  }

  public Municipality(
      MunicipalityId id,
      String name,
      Set<Module> purchasedModules,
      SecondFactorRule secondFactorRule,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.secondFactorRule = Objects.requireNonNull(secondFactorRule, "secondFactorRule");
    this.name = Text.required(name, "The municipality's name", 200);
    this.purchasedModules =
        purchasedModules.isEmpty()
            ? EnumSet.noneOf(Module.class)
            : EnumSet.copyOf(purchasedModules);
    this.version = version;
  }

  /** A municipality that has just joined: no modules yet. */
  public static Municipality register(MunicipalityId id, String name) {
    return new Municipality(id, name, Set.of(), 0);
  }

  public void rename(String newName) {
    this.name = Text.required(newName, "The municipality's name", 200);
  }

  public void purchase(Module module) {
    purchasedModules.add(Objects.requireNonNull(module, "module"));
  }

  public void cancel(Module module) {
    purchasedModules.remove(module);
  }

  public void requireSecondFactor(SecondFactorRule rule) {
    this.secondFactorRule = Objects.requireNonNull(rule, "rule");
  }

  public SecondFactorRule secondFactorRule() {
    return secondFactorRule;
  }

  /** Staff may from now on log in through this provider (and still with a password). */
  public void connect(IdentityProvider provider) {
    this.identityProvider = Objects.requireNonNull(provider, "provider");
  }

  /** Staff log in with their Redzaam password only. */
  public void disconnectIdentityProvider() {
    this.identityProvider = null;
  }

  public Optional<IdentityProvider> identityProvider() {
    return Optional.ofNullable(identityProvider);
  }

  public boolean offers(TrajectoryType type) {
    return purchasedModules.contains(type.module());
  }

  /** Fails unless this municipality has purchased the module that offers the type. */
  public void ensureOffers(TrajectoryType type) {
    require(
        offers(type),
        "module-not-purchased",
        name
            + " has not purchased the module "
            + type.module().dutchName()
            + " that offers the trajectory type "
            + type.dutchName());
  }

  @Override
  public MunicipalityId id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Set<Module> purchasedModules() {
    return Set.copyOf(purchasedModules);
  }

  /** The stored version this object was loaded with; used by adapters for optimistic locking. */
  public long version() {
    return version;
  }
}
