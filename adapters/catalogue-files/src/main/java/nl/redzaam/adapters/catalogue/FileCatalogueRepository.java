package nl.redzaam.adapters.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import nl.redzaam.application.port.CatalogueRepository;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.method.TrajectoryType;

/**
 * The published catalogues, read from JSON files on the classpath. The index ({@value
 * #DEFAULT_INDEX} by default) lists the files, relative to its own folder; every file holds one
 * version of the catalogue of one trajectory type. All files are read and checked once, on first
 * use (in the application: at startup), and kept in memory: published versions never change.
 *
 * <p>Outside CDI, for example in unit tests, use {@link #fromClasspath(String)}.
 */
@ApplicationScoped
public class FileCatalogueRepository implements CatalogueRepository {

  /** The index of the catalogues shipped with the application. */
  public static final String DEFAULT_INDEX = "catalog/index.json";

  private final ClassLoader classLoader;
  private final String index;
  private volatile Map<CatalogueId, Catalogue> catalogues;

  /** For CDI: the catalogues listed in {@value #DEFAULT_INDEX}, read on first use. */
  public FileCatalogueRepository() {
    this(FileCatalogueRepository.class.getClassLoader(), DEFAULT_INDEX);
  }

  FileCatalogueRepository(ClassLoader classLoader, String index) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    this.index = Objects.requireNonNull(index, "index");
  }

  /**
   * Reads and checks the catalogues listed in an index on the classpath right away.
   *
   * @param index the resource path of the index, for example {@value #DEFAULT_INDEX}
   * @throws CatalogueFileException when the index or a file is missing or malformed
   */
  public static FileCatalogueRepository fromClasspath(String index) {
    FileCatalogueRepository repository =
        new FileCatalogueRepository(FileCatalogueRepository.class.getClassLoader(), index);
    repository.catalogues();
    return repository;
  }

  /** Reads the files when the application starts, so a malformed file fails the deployment. */
  void readAtStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    catalogues();
  }

  @Override
  public Optional<Catalogue> find(CatalogueId id) {
    return Optional.ofNullable(catalogues().get(id));
  }

  @Override
  public Optional<Catalogue> current(TrajectoryType type) {
    return catalogues().values().stream()
        .filter(catalogue -> catalogue.id().type() == type)
        .max(Comparator.comparingInt(catalogue -> catalogue.id().version()));
  }

  /** All published catalogues, by type and then version. */
  public List<Catalogue> all() {
    return catalogues().values().stream()
        .sorted(
            Comparator.comparing((Catalogue catalogue) -> catalogue.id().type())
                .thenComparingInt(catalogue -> catalogue.id().version()))
        .toList();
  }

  private Map<CatalogueId, Catalogue> catalogues() {
    Map<CatalogueId, Catalogue> loaded = catalogues;
    if (loaded == null) {
      synchronized (this) {
        loaded = catalogues;
        if (loaded == null) {
          loaded = load();
          catalogues = loaded;
        }
      }
    }
    return loaded;
  }

  private Map<CatalogueId, Catalogue> load() {
    String folder = index.substring(0, index.lastIndexOf('/') + 1);
    List<String> files = read(index, in -> CatalogueFileReader.readIndex(index, in));
    Map<CatalogueId, Catalogue> loaded = new LinkedHashMap<>();
    Map<CatalogueId, String> origin = new LinkedHashMap<>();
    for (String name : files) {
      String file = folder + name;
      Catalogue catalogue = read(file, in -> CatalogueFileReader.read(file, in));
      String earlier = origin.putIfAbsent(catalogue.id(), file);
      if (earlier != null) {
        throw new CatalogueFileException(
            file, null, null, catalogue.id() + " is published already, by " + earlier, null);
      }
      loaded.put(catalogue.id(), catalogue);
    }
    return Map.copyOf(loaded);
  }

  private <T> T read(String resource, Function<InputStream, T> reader) {
    try (InputStream in = classLoader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new CatalogueFileException(resource, null, null, "not found on the classpath", null);
      }
      return reader.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read catalogue file " + resource, e);
    }
  }
}
