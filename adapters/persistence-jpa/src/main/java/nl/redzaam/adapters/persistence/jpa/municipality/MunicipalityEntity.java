package nl.redzaam.adapters.persistence.jpa.municipality;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.method.Module;
import nl.redzaam.domain.municipality.SecondFactorRule;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.ChangeTracking;
import org.eclipse.persistence.annotations.ChangeTrackingType;
import org.eclipse.persistence.annotations.Customizer;

/**
 * A municipality and the modules it has purchased.
 *
 * <p>Like every entity of this adapter: the mappers of this package read and write the fields
 * directly, so change tracking is {@code DEFERRED} (EclipseLink compares with a copy at flush). The
 * attribute change tracking that EclipseLink weaves into the entities inside the server would miss
 * such writes and silently store nothing; the tests run woven to catch that. UUID columns are bound
 * by {@link UuidColumns}.
 */
@Entity
@Table(name = "municipality")
@ChangeTracking(ChangeTrackingType.DEFERRED)
@Customizer(UuidColumns.class)
public class MunicipalityEntity {

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "name", nullable = false, length = 200)
  String name;

  @ElementCollection
  @CollectionTable(
      name = "municipality_module",
      joinColumns = @JoinColumn(name = "municipality_id"))
  @Column(name = "module", nullable = false, length = 60)
  @Enumerated(EnumType.STRING)
  @BatchFetch(BatchFetchType.IN)
  Set<Module> modules = new HashSet<>();

  @Column(name = "second_factor_rule", nullable = false, length = 20)
  @Enumerated(EnumType.STRING)
  SecondFactorRule secondFactorRule = SecondFactorRule.ADMINISTRATORS;

  @Column(name = "oidc_issuer", length = 500)
  String oidcIssuer;

  @Column(name = "oidc_client_id", length = 200)
  String oidcClientId;

  @Column(name = "oidc_account_claim", length = 100)
  String oidcAccountClaim;

  @Column(name = "house_colour", length = 7)
  String houseColour;

  @Version
  @Column(name = "version", nullable = false)
  long version;
}
