package nl.redzaam.adapters.persistence.jpa.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.redzaam.adapters.persistence.jpa.PartIds;
import nl.redzaam.adapters.persistence.jpa.catalogue.CatalogueTailoringEntity.Kind;
import nl.redzaam.application.port.CatalogueVariantRepository;
import nl.redzaam.application.port.ConcurrentUpdateException;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.catalogue.CatalogueVariant;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.catalogue.Tailoring;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.municipality.MunicipalityId;

/** Catalogue variants in the database. Versions are only added, never changed. */
@ApplicationScoped
public class JpaCatalogueVariantRepository implements CatalogueVariantRepository {

  @PersistenceContext(unitName = "redzaam")
  EntityManager em;

  /** For CDI. */
  public JpaCatalogueVariantRepository() {}

  /** For use outside a container, with an entity manager whose transaction the caller runs. */
  public JpaCatalogueVariantRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<CatalogueVariant> find(CatalogueId id) {
    if (!id.isVariant()) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(CatalogueVariantEntity.class, key(id)))
        .map(JpaCatalogueVariantRepository::toDomain);
  }

  @Override
  public Optional<CatalogueVariant> newest(MunicipalityId municipality, TrajectoryType type) {
    return em.createQuery(
            "SELECT v FROM CatalogueVariantEntity v WHERE v.municipalityId = :m AND v.type = :t"
                + " ORDER BY v.version DESC",
            CatalogueVariantEntity.class)
        .setParameter("m", municipality.value())
        .setParameter("t", type)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(JpaCatalogueVariantRepository::toDomain);
  }

  @Override
  public void add(CatalogueVariant variant) {
    try {
      em.persist(toEntity(variant));
      em.flush();
    } catch (PersistenceException e) {
      // The key (and the unique version) lets only one of two publications at once in.
      throw new ConcurrentUpdateException(
          "Version " + variant.id() + " of the catalogue variant was published at the same time",
          e);
    }
  }

  /** The key is derived from the variant's id, so find needs no query. */
  private static UUID key(CatalogueId id) {
    return UUID.nameUUIDFromBytes(
        ("catalogue-variant/" + id.municipality() + "/" + id.type() + "/" + id.version())
            .getBytes(StandardCharsets.UTF_8));
  }

  private static CatalogueVariantEntity toEntity(CatalogueVariant v) {
    CatalogueVariantEntity e = new CatalogueVariantEntity();
    e.id = key(v.id());
    e.municipalityId = v.municipality().value();
    e.type = v.id().type();
    e.version = v.id().version();
    e.baseVersion = v.base().version();
    e.publishedOn = v.publishedOn();
    int position = 0;
    for (Tailoring t : v.tailorings()) {
      CatalogueTailoringEntity te = new CatalogueTailoringEntity();
      te.id = PartIds.of(e.id, "tailoring", t.code().value());
      te.variant = e;
      te.position = position++;
      te.code = t.code().value();
      if (t instanceof Tailoring.Hide) {
        te.kind = Kind.HIDE;
      } else if (t instanceof Tailoring.Move move) {
        te.kind = Kind.MOVE;
        te.week = move.week();
      } else if (t instanceof Tailoring.Reword reword) {
        te.kind = Kind.REWORD;
        te.title = reword.title();
        te.instruction = reword.instruction();
      } else if (t instanceof Tailoring.Add add) {
        te.kind = Kind.ADD;
        te.week = add.week();
        te.theme = add.theme();
        te.title = add.title();
        te.instruction = add.instruction();
        int q = 0;
        for (Question question : add.questions()) {
          CatalogueVariantQuestionEntity qe = new CatalogueVariantQuestionEntity();
          qe.id = PartIds.of(te.id, "question", question.id());
          qe.tailoring = te;
          qe.position = q++;
          qe.questionId = question.id();
          qe.text = question.text();
          qe.answerType = question.type();
          qe.required = question.required();
          qe.options = new ArrayList<>(question.options());
          te.questions.add(qe);
        }
      }
      e.tailorings.add(te);
    }
    return e;
  }

  private static CatalogueVariant toDomain(CatalogueVariantEntity e) {
    List<Tailoring> tailorings = new ArrayList<>();
    for (CatalogueTailoringEntity t : e.tailorings) {
      AssignmentCode code = new AssignmentCode(t.code);
      tailorings.add(
          switch (t.kind) {
            case HIDE -> new Tailoring.Hide(code);
            case MOVE -> new Tailoring.Move(code, t.week);
            case REWORD -> new Tailoring.Reword(code, t.title, t.instruction);
            case ADD ->
                new Tailoring.Add(
                    code,
                    t.week,
                    t.theme,
                    t.title,
                    t.instruction,
                    t.questions.stream()
                        .map(
                            q ->
                                new Question(
                                    q.questionId,
                                    q.text,
                                    q.answerType,
                                    List.copyOf(q.options),
                                    q.required))
                        .toList());
          });
    }
    MunicipalityId municipality = new MunicipalityId(e.municipalityId);
    return new CatalogueVariant(
        new CatalogueId(e.type, e.version, municipality),
        new CatalogueId(e.type, e.baseVersion),
        e.publishedOn,
        tailorings);
  }
}
