package nl.redzaam.adapters.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.method.TrajectoryType;
import org.junit.jupiter.api.Test;

class FileCatalogueRepositoryTest {

  private static final String FIXTURES = "catalog-fixtures/";

  @Test
  void currentIsTheHighestVersionOfTheType() {
    FileCatalogueRepository repository =
        FileCatalogueRepository.fromClasspath(FIXTURES + "two-versions/index.json");

    Catalogue current = repository.current(TrajectoryType.DEBT_ASSISTANCE).orElseThrow();
    assertEquals(new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 2), current.id());
    assertEquals(3, current.assignments().size());
    assertEquals(
        1, repository.current(TrajectoryType.FINANCIAL_SUPPORT).orElseThrow().id().version());
  }

  @Test
  void olderVersionsStayAvailable() {
    FileCatalogueRepository repository =
        FileCatalogueRepository.fromClasspath(FIXTURES + "two-versions/index.json");

    Catalogue first =
        repository.find(new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 1)).orElseThrow();
    assertEquals(2, first.assignments().size());
    assertEquals(
        Optional.empty(), repository.find(new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 3)));
  }

  @Test
  void aTypeWithoutFilesHasNoCatalogue() {
    FileCatalogueRepository repository =
        FileCatalogueRepository.fromClasspath(FIXTURES + "two-versions/index.json");

    assertEquals(Optional.empty(), repository.current(TrajectoryType.PROTECTIVE_ADMINISTRATION));
  }

  @Test
  void allListsTheCataloguesByTypeAndVersion() {
    FileCatalogueRepository repository =
        FileCatalogueRepository.fromClasspath(FIXTURES + "two-versions/index.json");

    assertEquals(
        List.of(
            new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 1),
            new CatalogueId(TrajectoryType.DEBT_ASSISTANCE, 2),
            new CatalogueId(TrajectoryType.FINANCIAL_SUPPORT, 1)),
        repository.all().stream().map(Catalogue::id).toList());
  }

  @Test
  void refusesTheSameVersionTwice() {
    CatalogueFileException e =
        assertThrows(
            CatalogueFileException.class,
            () -> FileCatalogueRepository.fromClasspath(FIXTURES + "duplicate-version/index.json"));

    assertEquals(FIXTURES + "duplicate-version/second.json", e.file());
    assertTrue(
        e.getMessage().contains("BUDGET_MANAGEMENT v1 is published already"), e.getMessage());
    assertTrue(e.getMessage().contains("duplicate-version/first.json"), e.getMessage());
  }

  @Test
  void refusesAnIndexThatNamesAMissingFile() {
    CatalogueFileException e =
        assertThrows(
            CatalogueFileException.class,
            () -> FileCatalogueRepository.fromClasspath(FIXTURES + "missing-file/index.json"));

    assertEquals(FIXTURES + "missing-file/not-there.json", e.file());
    assertTrue(e.getMessage().contains("not found"), e.getMessage());
  }

  @Test
  void refusesAMissingIndex() {
    CatalogueFileException e =
        assertThrows(
            CatalogueFileException.class,
            () -> FileCatalogueRepository.fromClasspath(FIXTURES + "nowhere/index.json"));

    assertEquals(FIXTURES + "nowhere/index.json", e.file());
  }

  @Test
  void refusesAnIndexWithAnUnknownField() {
    CatalogueFileException e =
        assertThrows(
            CatalogueFileException.class,
            () ->
                FileCatalogueRepository.fromClasspath(FIXTURES + "unknown-index-field/index.json"));

    assertEquals("comment", e.field());
  }

  @Test
  void readsTheFilesOnFirstUse() {
    FileCatalogueRepository repository =
        new FileCatalogueRepository(
            getClass().getClassLoader(), FIXTURES + "missing-file/index.json");

    assertThrows(
        CatalogueFileException.class, () -> repository.current(TrajectoryType.DEBT_ASSISTANCE));
  }
}
