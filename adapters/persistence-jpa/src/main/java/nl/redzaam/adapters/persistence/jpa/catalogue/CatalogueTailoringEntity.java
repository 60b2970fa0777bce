package nl.redzaam.adapters.persistence.jpa.catalogue;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.UuidColumns;
import nl.redzaam.domain.method.Theme;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Customizer;

/** One tailoring of a variant; the columns its kind does not use are null. */
@Entity
@Table(name = "catalogue_variant_tailoring")
@Customizer(UuidColumns.class)
class CatalogueTailoringEntity {

  enum Kind {
    HIDE,
    MOVE,
    REWORD,
    ADD
  }

  @Id
  @Column(name = "id")
  UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "variant_id", nullable = false)
  CatalogueVariantEntity variant;

  @Column(name = "position", nullable = false)
  int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 10)
  Kind kind;

  @Column(name = "assignment_code", nullable = false, length = 40)
  String code;

  @Column(name = "week")
  Integer week;

  @Enumerated(EnumType.STRING)
  @Column(name = "theme", length = 40)
  Theme theme;

  @Column(name = "title", length = 200)
  String title;

  @Column(name = "instruction", length = 4000)
  String instruction;

  @OneToMany(mappedBy = "tailoring", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  List<CatalogueVariantQuestionEntity> questions = new ArrayList<>();
}
