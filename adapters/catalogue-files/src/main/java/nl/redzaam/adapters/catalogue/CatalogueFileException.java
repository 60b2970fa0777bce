package nl.redzaam.adapters.catalogue;

/**
 * A catalogue file (or the index) that does not fit the format, or whose content breaks a rule of
 * the domain. The message names the file, the assignment (when the problem is inside one) and the
 * field.
 */
public class CatalogueFileException extends RuntimeException {

  private final String file;
  private final String assignment;
  private final String field;

  /**
   * @param file the resource path of the file, for example {@code catalog/debt-assistance-v1.json}
   * @param assignment the code of the assignment the problem is in, or null
   * @param field the field, relative to the assignment when there is one, or null
   * @param problem what is wrong
   * @param cause the underlying failure, or null
   */
  public CatalogueFileException(
      String file, String assignment, String field, String problem, Throwable cause) {
    super(describe(file, assignment, field, problem), cause);
    this.file = file;
    this.assignment = assignment;
    this.field = field;
  }

  private static String describe(String file, String assignment, String field, String problem) {
    StringBuilder message = new StringBuilder("Catalogue file ").append(file);
    if (assignment != null) {
      message.append(", assignment ").append(assignment);
    }
    if (field != null) {
      message.append(", field '").append(field).append('\'');
    }
    return message.append(": ").append(problem).toString();
  }

  public String file() {
    return file;
  }

  /** The code of the assignment the problem is in, or null. */
  public String assignment() {
    return assignment;
  }

  /** The field, relative to the assignment when there is one, or null. */
  public String field() {
    return field;
  }
}
