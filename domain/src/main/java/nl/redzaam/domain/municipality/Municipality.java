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
  private String houseColour;
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

  /**
   * The municipality's house-style colour for what Redzaam prints for it (the final report), as
   * {@code #rrggbb}; null goes back to Redzaam's own. Headings in it stand on white, so it must
   * have a contrast of at least 4.5:1 with white (WCAG 1.4.3).
   */
  public void changeHouseColour(String colour) {
    if (colour == null || colour.isBlank()) {
      this.houseColour = null;
      return;
    }
    String hex = colour.strip().toLowerCase(java.util.Locale.ROOT);
    require(
        hex.matches("#[0-9a-f]{6}"),
        "house-colour-invalid",
        "A house colour is written as #rrggbb, like #154273");
    require(
        contrastWithWhite(hex) >= 4.5,
        "house-colour-too-light",
        "The house colour "
            + hex
            + " is too light for text on white (contrast below 4.5:1); choose a darker shade");
    this.houseColour = hex;
  }

  public Optional<String> houseColour() {
    return Optional.ofNullable(houseColour);
  }

  /** WCAG 2 contrast ratio of a #rrggbb colour against white. */
  static double contrastWithWhite(String hex) {
    double luminance =
        0.2126 * channel(hex.substring(1, 3))
            + 0.7152 * channel(hex.substring(3, 5))
            + 0.0722 * channel(hex.substring(5, 7));
    return 1.05 / (luminance + 0.05);
  }

  private static double channel(String twoHexDigits) {
    double c = Integer.parseInt(twoHexDigits, 16) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
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
