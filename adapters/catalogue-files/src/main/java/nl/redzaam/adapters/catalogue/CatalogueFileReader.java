package nl.redzaam.adapters.catalogue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonConfig;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.redzaam.domain.catalogue.AnswerType;
import nl.redzaam.domain.catalogue.AssignmentCode;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.catalogue.EvaluationQuestion;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import nl.redzaam.domain.shared.RuleViolation;

/**
 * Reads one catalogue file, or the index, with Jakarta JSON Processing and checks it against the
 * format described in {@code docs/catalogue.md}: no unknown or missing fields, no duplicate keys,
 * the right JSON type for every field and known enum names. The domain constructors then check the
 * domain's own rules; their violations are reported with the file and the assignment too.
 */
final class CatalogueFileReader {

  static final List<String> INDEX_FIELDS = List.of("files");
  static final List<String> CATALOGUE_FIELDS =
      List.of("type", "version", "publishedOn", "evaluationQuestions", "assignments");
  static final List<String> EVALUATION_QUESTION_FIELDS = List.of("id", "text");
  static final List<String> ASSIGNMENT_FIELDS =
      List.of(
          "code",
          "week",
          "theme",
          "title",
          "instruction",
          "whyItMatters",
          "steps",
          "questions",
          "coachExpectation",
          "specialistExpectation",
          "needsSpecialist",
          "tags",
          "links");
  static final List<String> QUESTION_FIELDS = List.of("id", "text", "type", "options", "required");

  private static final Pattern TAG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*\\.json");

  private CatalogueFileReader() {}

  /**
   * Reads the index: the names of the catalogue files, relative to the folder of the index.
   *
   * @param file the resource path of the index, used in messages
   */
  static List<String> readIndex(String file, InputStream in) {
    At at = new At(file, null, "");
    Fields index = new Fields(parse(file, in), at, INDEX_FIELDS);
    List<String> names = index.texts("files");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      At element = at.field("files").index(i);
      if (!FILE_NAME.matcher(name).matches() || name.contains("..") || name.contains("//")) {
        throw element.fail(
            "'" + name + "' is not a relative path to a .json file inside the index's folder");
      }
      if (!seen.add(name)) {
        throw element.fail("'" + name + "' is listed more than once");
      }
    }
    return names;
  }

  /**
   * Reads one catalogue file.
   *
   * @param file the resource path of the file, used in messages
   */
  static Catalogue read(String file, InputStream in) {
    At at = new At(file, null, "");
    Fields catalogue = new Fields(parse(file, in), at, CATALOGUE_FIELDS);
    TrajectoryType type = catalogue.choice("type", TrajectoryType.class);
    int version = catalogue.integer("version", 1);
    LocalDate publishedOn = catalogue.date("publishedOn");
    Map<EvaluationKind, List<EvaluationQuestion>> evaluationQuestions =
        readEvaluationQuestions(
            catalogue.object("evaluationQuestions"), at.field("evaluationQuestions"));
    JsonArray list = catalogue.array("assignments");
    List<AssignmentTemplate> assignments = new ArrayList<>();
    Set<AssignmentCode> codes = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      AssignmentTemplate assignment =
          readAssignment(list.get(i), at.field("assignments").index(i), type);
      if (!codes.add(assignment.code())) {
        throw at.assignment(assignment.code().value())
            .field("code")
            .fail("the code is used by more than one assignment");
      }
      assignments.add(assignment);
    }
    return domain(
        at,
        () ->
            new Catalogue(
                new CatalogueId(type, version), publishedOn, assignments, evaluationQuestions));
  }

  private static Map<EvaluationKind, List<EvaluationQuestion>> readEvaluationQuestions(
      JsonObject json, At at) {
    List<String> kinds = Arrays.stream(EvaluationKind.values()).map(Enum::name).toList();
    Fields fields = new Fields(json, at, kinds);
    Map<EvaluationKind, List<EvaluationQuestion>> questions = new EnumMap<>(EvaluationKind.class);
    for (EvaluationKind kind : EvaluationKind.values()) {
      JsonArray array = fields.array(kind.name());
      List<EvaluationQuestion> set = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < array.size(); i++) {
        At element = at.field(kind.name()).index(i);
        Fields question =
            new Fields(element.object(array.get(i)), element, EVALUATION_QUESTION_FIELDS);
        String id = question.text("id");
        String text = question.text("text");
        if (!ids.add(id)) {
          throw element.field("id").fail("the id '" + id + "' is used more than once");
        }
        set.add(domain(element, () -> new EvaluationQuestion(id, text)));
      }
      questions.put(kind, set);
    }
    return questions;
  }

  private static AssignmentTemplate readAssignment(JsonValue value, At at, TrajectoryType type) {
    JsonObject json = at.object(value);
    // Name the assignment by its code in messages as soon as there is one.
    At here =
        json.get("code") instanceof JsonString code && !code.getString().isBlank()
            ? at.assignment(code.getString())
            : at;
    Fields fields = new Fields(json, here, ASSIGNMENT_FIELDS);
    String codeText = fields.text("code");
    AssignmentCode code = domain(here.field("code"), () -> new AssignmentCode(codeText));
    int week = fields.integer("week", 1);
    Theme theme = fields.choice("theme", Theme.class);
    String title = fields.text("title");
    String instruction = fields.text("instruction");
    String whyItMatters = fields.text("whyItMatters");
    List<String> steps = fields.texts("steps");
    JsonArray questionArray = fields.array("questions");
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < questionArray.size(); i++) {
      questions.add(readQuestion(questionArray.get(i), here.field("questions").index(i)));
    }
    String coachExpectation = fields.text("coachExpectation");
    String specialistExpectation = fields.nullableText("specialistExpectation");
    boolean needsSpecialist = fields.bool("needsSpecialist");
    if (!type.requiresSpecialist()) {
      if (needsSpecialist) {
        throw here.field("needsSpecialist")
            .fail(
                "must be false: the trajectory type "
                    + type.dutchName()
                    + " has no assignments for a specialist");
      }
      if (specialistExpectation != null) {
        throw here.field("specialistExpectation")
            .fail("must be null: the trajectory type " + type.dutchName() + " has no specialist");
      }
    }
    Set<String> tags = fields.tags("tags");
    List<URI> links = fields.links("links");
    return domain(
        here,
        () ->
            new AssignmentTemplate(
                code,
                week,
                theme,
                title,
                instruction,
                whyItMatters,
                steps,
                questions,
                coachExpectation,
                specialistExpectation,
                needsSpecialist,
                tags,
                links));
  }

  private static Question readQuestion(JsonValue value, At at) {
    Fields fields = new Fields(at.object(value), at, QUESTION_FIELDS);
    String id = fields.text("id");
    String text = fields.text("text");
    AnswerType type = fields.choice("type", AnswerType.class);
    List<String> options = fields.texts("options");
    boolean required = fields.bool("required");
    return domain(at, () -> new Question(id, text, type, options, required));
  }

  /** Runs a domain constructor and reports a broken rule with the place in the file. */
  static <T> T domain(At at, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (RuleViolation e) {
      throw at.fail(e.getMessage() + " (rule " + e.rule() + ")", e);
    }
  }

  static JsonObject parse(String file, InputStream in) {
    JsonValue value;
    try (JsonReader reader =
        Json.createReaderFactory(Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE))
            .createReader(in)) {
      value = reader.readValue();
    } catch (JsonException e) {
      throw new CatalogueFileException(file, null, null, "not valid JSON: " + e.getMessage(), e);
    }
    if (value.getValueType() != ValueType.OBJECT) {
      throw new CatalogueFileException(
          file, null, null, "must hold a JSON object, not " + describe(value), null);
    }
    return value.asJsonObject();
  }

  private static String describe(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> "an object";
      case ARRAY -> "a list";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case TRUE, FALSE -> "true/false";
      case NULL -> "null";
    };
  }

  /** A place in a file: the file, the assignment (or null) and the field path within it. */
  record At(String file, String assignment, String path) {

    At field(String name) {
      return new At(file, assignment, path.isEmpty() ? name : path + "." + name);
    }

    At index(int i) {
      return new At(file, assignment, path + "[" + i + "]");
    }

    At assignment(String code) {
      return new At(file, code, "");
    }

    JsonObject object(JsonValue value) {
      if (value.getValueType() != ValueType.OBJECT) {
        throw fail("must be an object, not " + describe(value));
      }
      return value.asJsonObject();
    }

    CatalogueFileException fail(String problem) {
      return fail(problem, null);
    }

    CatalogueFileException fail(String problem, Throwable cause) {
      return new CatalogueFileException(
          file, assignment, path.isEmpty() ? null : path, problem, cause);
    }
  }

  /** The fields of one JSON object, checked against the names the format allows. */
  static final class Fields {
    private final JsonObject json;
    private final At at;

    Fields(JsonObject json, At at, List<String> names) {
      this.json = json;
      this.at = at;
      for (String key : json.keySet()) {
        if (!names.contains(key)) {
          throw at.field(key).fail("unknown field; the allowed fields are " + names);
        }
      }
      for (String name : names) {
        if (!json.containsKey(name)) {
          throw at.field(name).fail("missing field");
        }
      }
    }

    private JsonValue value(String name, String expected, ValueType... types) {
      JsonValue value = json.get(name);
      if (!Arrays.asList(types).contains(value.getValueType())) {
        throw at.field(name).fail("must be " + expected + ", not " + describe(value));
      }
      return value;
    }

    String text(String name) {
      String text = ((JsonString) value(name, "a string", ValueType.STRING)).getString();
      if (text.isBlank()) {
        throw at.field(name).fail("must not be empty");
      }
      return text;
    }

    String nullableText(String name) {
      JsonValue value = value(name, "a string or null", ValueType.STRING, ValueType.NULL);
      return value.getValueType() == ValueType.NULL ? null : text(name);
    }

    int integer(String name, int minimum) {
      JsonNumber number = (JsonNumber) value(name, "a whole number", ValueType.NUMBER);
      if (!number.isIntegral()) {
        throw at.field(name).fail("must be a whole number, not " + number);
      }
      try {
        int result = number.intValueExact();
        if (result < minimum) {
          throw at.field(name).fail("must be " + minimum + " or more, not " + result);
        }
        return result;
      } catch (ArithmeticException e) {
        throw at.field(name).fail("is too large: " + number, e);
      }
    }

    boolean bool(String name) {
      return value(name, "true or false", ValueType.TRUE, ValueType.FALSE) == JsonValue.TRUE;
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
      String text = text(name);
      try {
        return Enum.valueOf(type, text);
      } catch (IllegalArgumentException e) {
        String allowed =
            Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", "));
        throw at.field(name).fail("'" + text + "' is not one of " + allowed);
      }
    }

    LocalDate date(String name) {
      String text = text(name);
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        throw at.field(name).fail("'" + text + "' is not a date written as yyyy-mm-dd", e);
      }
    }

    JsonObject object(String name) {
      return value(name, "an object", ValueType.OBJECT).asJsonObject();
    }

    JsonArray array(String name) {
      return value(name, "a list", ValueType.ARRAY).asJsonArray();
    }

    List<String> texts(String name) {
      JsonArray array = array(name);
      List<String> texts = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        JsonValue value = array.get(i);
        At element = at.field(name).index(i);
        if (value.getValueType() != ValueType.STRING) {
          throw element.fail("must be a string, not " + describe(value));
        }
        String text = ((JsonString) value).getString();
        if (text.isBlank()) {
          throw element.fail("must not be empty");
        }
        texts.add(text);
      }
      return texts;
    }

    Set<String> tags(String name) {
      List<String> texts = texts(name);
      Set<String> tags = new LinkedHashSet<>();
      for (int i = 0; i < texts.size(); i++) {
        String tag = texts.get(i);
        At element = at.field(name).index(i);
        if (!TAG.matcher(tag).matches()) {
          throw element.fail("'" + tag + "' is not a tag: lower-case letters, digits and dashes");
        }
        if (!tags.add(tag)) {
          throw element.fail("the tag '" + tag + "' is listed more than once");
        }
      }
      return tags;
    }

    List<URI> links(String name) {
      List<String> texts = texts(name);
      List<URI> links = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        At element = at.field(name).index(i);
        try {
          URI link = new URI(text);
          if (!"https".equals(link.getScheme()) || link.getHost() == null) {
            throw element.fail("'" + text + "' is not an https address");
          }
          links.add(link);
        } catch (URISyntaxException e) {
          throw element.fail("'" + text + "' is not a valid address", e);
        }
      }
      return links;
    }
  }
}
