package nl.redzaam.domain.municipality;

import static nl.redzaam.domain.RuleAssertions.assertViolates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.method.TrajectoryType;
import org.junit.jupiter.api.Test;

class MunicipalityTest {

  private static final MunicipalityId ID = new MunicipalityId(new UUID(0, 1));

  @Test
  void a_new_municipality_has_purchased_no_modules_yet() {
    Municipality utrecht = Municipality.register(ID, " Utrecht ");

    assertEquals("Utrecht", utrecht.name());
    assertEquals(Set.of(), utrecht.purchasedModules());
    assertEquals(0, utrecht.version());
  }

  @Test
  void administrators_need_a_second_factor_unless_the_municipality_says_otherwise() {
    Municipality utrecht = Municipality.register(ID, "Utrecht");
    boolean coach = false;
    boolean administrator = true;

    assertEquals(SecondFactorRule.ADMINISTRATORS, utrecht.secondFactorRule());
    assertTrue(utrecht.secondFactorRule().requiresFor(administrator));
    assertFalse(utrecht.secondFactorRule().requiresFor(coach));

    utrecht.requireSecondFactor(SecondFactorRule.ALL_STAFF);
    assertTrue(utrecht.secondFactorRule().requiresFor(coach));

    utrecht.requireSecondFactor(SecondFactorRule.VOLUNTARY);
    assertFalse(utrecht.secondFactorRule().requiresFor(administrator));
  }

  @Test
  void a_municipality_has_a_name() {
    assertViolates("text-required", () -> Municipality.register(ID, " "));
    Municipality utrecht = Municipality.register(ID, "Utrecht");
    assertViolates("text-required", () -> utrecht.rename(""));
    assertEquals("Utrecht", utrecht.name());

    utrecht.rename("Gemeente Utrecht");
    assertEquals("Gemeente Utrecht", utrecht.name());
  }

  @Test
  void a_module_offers_its_trajectory_types() {
    Municipality utrecht = Municipality.register(ID, "Utrecht");

    utrecht.purchase(Module.DEBT_ASSISTANCE_AND_BUDGET_MANAGEMENT);

    assertTrue(utrecht.offers(TrajectoryType.DEBT_ASSISTANCE));
    assertTrue(utrecht.offers(TrajectoryType.BUDGET_MANAGEMENT));
    assertFalse(utrecht.offers(TrajectoryType.PROTECTIVE_ADMINISTRATION));
    assertFalse(utrecht.offers(TrajectoryType.FINANCIAL_SUPPORT));
    utrecht.ensureOffers(TrajectoryType.BUDGET_MANAGEMENT);
  }

  @Test
  void a_trajectory_type_is_started_only_when_its_module_was_purchased() {
    Municipality utrecht = Municipality.register(ID, "Utrecht");
    utrecht.purchase(Module.FINANCIAL_SUPPORT);

    assertViolates(
        "module-not-purchased", () -> utrecht.ensureOffers(TrajectoryType.DEBT_ASSISTANCE));
    utrecht.ensureOffers(TrajectoryType.FINANCIAL_SUPPORT);
  }

  @Test
  void a_cancelled_module_no_longer_offers_its_types() {
    Municipality utrecht =
        new Municipality(ID, "Utrecht", Set.of(Module.PROTECTIVE_ADMINISTRATION), 3);

    utrecht.cancel(Module.PROTECTIVE_ADMINISTRATION);

    assertViolates(
        "module-not-purchased",
        () -> utrecht.ensureOffers(TrajectoryType.PROTECTIVE_ADMINISTRATION));
    assertEquals(3, utrecht.version());
  }

  @Test
  void the_purchased_modules_cannot_be_changed_from_outside() {
    Municipality utrecht = Municipality.register(ID, "Utrecht");
    utrecht.purchase(Module.FINANCIAL_SUPPORT);

    Set<Module> modules = utrecht.purchasedModules();

    assertEquals(Set.of(Module.FINANCIAL_SUPPORT), modules);
    assertThrows(
        UnsupportedOperationException.class, () -> modules.add(Module.PROTECTIVE_ADMINISTRATION));
  }

  @Test
  void a_house_colour_is_a_dark_enough_hex_colour_or_none() {
    Municipality m = Municipality.register(new MunicipalityId(UUID.randomUUID()), "Aland");

    m.changeHouseColour(" #007B5F ");
    assertEquals(Optional.of("#007b5f"), m.houseColour());
    assertViolates("house-colour-invalid", () -> m.changeHouseColour("groen"));
    assertViolates("house-colour-too-light", () -> m.changeHouseColour("#ffcc00"));
    assertEquals(Optional.of("#007b5f"), m.houseColour());
    m.changeHouseColour(null);
    assertEquals(Optional.empty(), m.houseColour());
  }

  @Test
  void contrast_with_white_follows_wcag() {
    assertEquals(21.0, Municipality.contrastWithWhite("#000000"), 0.01);
    assertEquals(1.0, Municipality.contrastWithWhite("#ffffff"), 0.01);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    assertTrue(Municipality.contrastWithWhite("#767676") >= 4.5);
    assertTrue(Municipality.contrastWithWhite("#777777") < 4.5);
  }
}
