package nl.redzaam.adapters.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import nl.redzaam.application.port.SelfAssessmentRepository;
import nl.redzaam.domain.screening.SelfAssessment;

/**
 * The self-assessment ("Zelfscan Redzaam"), read from a JSON file on the classpath ({@value
 * #DEFAULT_FILE} by default). The file is not listed in the catalogue index: it is not a catalogue.
 * It is read and checked once, on first use (in the application: at startup), and kept in memory.
 *
 * <p>Outside CDI, for example in unit tests, use {@link #fromClasspath(String)}.
 */
@ApplicationScoped
public class FileSelfAssessmentRepository implements SelfAssessmentRepository {

  /** The self-assessment shipped with the application. */
  public static final String DEFAULT_FILE = "catalog/self-assessment-v1.json";

  private final ClassLoader classLoader;
  private final String file;
  private volatile SelfAssessment current;

  /** For CDI: the self-assessment in {@value #DEFAULT_FILE}, read on first use. */
  public FileSelfAssessmentRepository() {
    this(FileSelfAssessmentRepository.class.getClassLoader(), DEFAULT_FILE);
  }

  FileSelfAssessmentRepository(ClassLoader classLoader, String file) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    this.file = Objects.requireNonNull(file, "file");
  }

  /**
   * Reads and checks a self-assessment file on the classpath right away.
   *
   * @param file the resource path of the file, for example {@value #DEFAULT_FILE}
   * @throws CatalogueFileException when the file is missing or malformed
   */
  public static FileSelfAssessmentRepository fromClasspath(String file) {
    FileSelfAssessmentRepository repository =
        new FileSelfAssessmentRepository(FileSelfAssessmentRepository.class.getClassLoader(), file);
    repository.current();
    return repository;
  }

  /** Reads the file when the application starts, so a malformed file fails the deployment. */
  void readAtStartup(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    current();
  }

  @Override
  public SelfAssessment current() {
    SelfAssessment loaded = current;
    if (loaded == null) {
      synchronized (this) {
        loaded = current;
        if (loaded == null) {
          loaded = load();
          current = loaded;
        }
      }
    }
    return loaded;
  }

  private SelfAssessment load() {
    try (InputStream in = classLoader.getResourceAsStream(file)) {
      if (in == null) {
        throw new CatalogueFileException(file, null, null, "not found on the classpath", null);
      }
      return SelfAssessmentFileReader.read(file, in);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read self-assessment file " + file, e);
    }
  }
}
