package nl.redzaam.adapters.catalogue;

import jakarta.json.JsonArray;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.redzaam.adapters.catalogue.CatalogueFileReader.At;
import nl.redzaam.adapters.catalogue.CatalogueFileReader.Fields;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.screening.SelfAssessment;
import nl.redzaam.domain.screening.Statement;

/**
 * Reads the self-assessment file in the same style as {@link CatalogueFileReader}: the format in
 * {@code docs/catalogue.md} (no unknown or missing fields, no duplicate keys, the right JSON types,
 * known theme names) and then the domain's rules of {@link SelfAssessment} and {@link Statement},
 * reported with the file and the field.
 */
final class SelfAssessmentFileReader {

  static final List<String> SELF_ASSESSMENT_FIELDS =
      List.of("name", "version", "answerLabels", "statements");
  static final List<String> STATEMENT_FIELDS = List.of("id", "theme", "text");

  private SelfAssessmentFileReader() {}

  /**
   * Reads one self-assessment file.
   *
   * @param file the resource path of the file, used in messages
   */
  static SelfAssessment read(String file, InputStream in) {
    At at = new At(file, null, "");
    Fields json = new Fields(CatalogueFileReader.parse(file, in), at, SELF_ASSESSMENT_FIELDS);
    String name = json.text("name");
    int version = json.integer("version", 1);
    List<String> answerLabels = json.texts("answerLabels");
    if (answerLabels.size() != SelfAssessment.HIGHEST_ANSWER) {
      throw at.field("answerLabels")
          .fail(
              "must hold "
                  + SelfAssessment.HIGHEST_ANSWER
                  + " labels, for the answers 1 to "
                  + SelfAssessment.HIGHEST_ANSWER
                  + ", not "
                  + answerLabels.size());
    }
    JsonArray list = json.array("statements");
    List<Statement> statements = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      At element = at.field("statements").index(i);
      Fields statement = new Fields(element.object(list.get(i)), element, STATEMENT_FIELDS);
      String id = statement.text("id");
      Theme theme = statement.choice("theme", Theme.class);
      String text = statement.text("text");
      if (!ids.add(id)) {
        throw element.field("id").fail("the id '" + id + "' is used more than once");
      }
      statements.add(CatalogueFileReader.domain(element, () -> new Statement(id, text, theme)));
    }
    return CatalogueFileReader.domain(
        at, () -> new SelfAssessment(name, version, answerLabels, statements));
  }
}
