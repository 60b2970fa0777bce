package nl.redzaam.adapters.persistence.jpa.municipality;

import nl.redzaam.adapters.persistence.jpa.Rows;
import nl.redzaam.domain.municipality.IdentityProvider;
import nl.redzaam.domain.municipality.Municipality;
import nl.redzaam.domain.municipality.MunicipalityId;

/** Maps a municipality to its entity and back. */
final class MunicipalityMapper {

  private MunicipalityMapper() {}

  static Municipality toDomain(MunicipalityEntity e) {
    Municipality m =
        new Municipality(
            new MunicipalityId(e.id), e.name, e.modules, e.secondFactorRule, e.version);
    if (e.oidcIssuer != null) {
      m.connect(IdentityProvider.of(e.oidcIssuer, e.oidcClientId, e.oidcAccountClaim));
    }
    m.changeHouseColour(e.houseColour);
    return m;
  }

  /** Brings a new or managed entity in line with the municipality; leaves the version alone. */
  static void copy(Municipality m, MunicipalityEntity e) {
    e.id = m.id().value();
    e.name = m.name();
    Rows.replace(e.modules, m.purchasedModules());
    e.secondFactorRule = m.secondFactorRule();
    IdentityProvider provider = m.identityProvider().orElse(null);
    e.oidcIssuer = provider == null ? null : provider.issuer().toString();
    e.oidcClientId = provider == null ? null : provider.clientId();
    e.oidcAccountClaim = provider == null ? null : provider.accountClaim();
    e.houseColour = m.houseColour().orElse(null);
  }
}
