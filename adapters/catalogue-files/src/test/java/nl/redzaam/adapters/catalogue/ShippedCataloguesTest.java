package nl.redzaam.adapters.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.redzaam.domain.catalogue.AnswerType;
import nl.redzaam.domain.catalogue.AssignmentTemplate;
import nl.redzaam.domain.catalogue.Catalogue;
import nl.redzaam.domain.catalogue.CatalogueId;
import nl.redzaam.domain.catalogue.Question;
import nl.redzaam.domain.method.EvaluationKind;
import nl.redzaam.domain.method.Theme;
import nl.redzaam.domain.method.TrajectoryType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The catalogues shipped in {@code catalog/}: they load, and their content follows the method. */
class ShippedCataloguesTest {

  /** The week of the mid evaluation; part one of the coaching comes before it. */
  private static final int MID_EVALUATION_WEEK = 18;

  private static final Map<TrajectoryType, String> CODE_PREFIX =
      Map.of(
          TrajectoryType.DEBT_ASSISTANCE, "SHV",
          TrajectoryType.BUDGET_MANAGEMENT, "BB",
          TrajectoryType.PROTECTIVE_ADMINISTRATION, "BW",
          TrajectoryType.FINANCIAL_SUPPORT, "FH");

  private static final Set<String> DIGITAL_SKILLS =
      Set.of(
          "digid",
          "toeslagen-app",
          "energieleverancier-portaal",
          "online-fraude-herkennen",
          "internetbankieren",
          "lokale-voorzieningen-check");

  /** Public government sites; links point nowhere else. */
  private static final Set<String> GOVERNMENT_HOSTS =
      Set.of("www.digid.nl", "mijn.overheid.nl", "www.belastingdienst.nl", "www.rijksoverheid.nl");

  private static FileCatalogueRepository repository;

  @BeforeAll
  static void readTheShippedCatalogues() {
    repository = FileCatalogueRepository.fromClasspath(FileCatalogueRepository.DEFAULT_INDEX);
  }

  @Test
  void theIndexListsEveryFileInTheFolder() throws IOException {
    Set<String> inFolder;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/catalog"))) {
      inFolder =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".json") && !name.equals("index.json"))
              // The self-assessment is not a catalogue; FileSelfAssessmentRepository reads it.
              .filter(name -> !name.startsWith("self-assessment-"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    List<String> inIndex;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(FileCatalogueRepository.DEFAULT_INDEX)) {
      inIndex = CatalogueFileReader.readIndex(FileCatalogueRepository.DEFAULT_INDEX, in);
    }

    assertEquals(inFolder, new TreeSet<>(inIndex));
    assertEquals(inIndex.size(), repository.all().size());
  }

  @Test
  void everyTypeHasACatalogue() {
    for (TrajectoryType type : TrajectoryType.values()) {
      Catalogue catalogue = repository.current(type).orElseThrow(() -> new AssertionError(type));
      assertEquals(new CatalogueId(type, 1), catalogue.id());
      assertEquals(catalogue, repository.find(catalogue.id()).orElseThrow());
    }
  }

  @Test
  void theCdiConstructorReadsTheSameFiles() {
    FileCatalogueRepository fromCdi = new FileCatalogueRepository();

    assertEquals(
        repository.all().stream().map(Catalogue::id).toList(),
        fromCdi.all().stream().map(Catalogue::id).toList());
  }

  /** The number of assignments per type (DOMAIN.md, Appendix 1; prevention: 60 to 70). */
  private static final Map<TrajectoryType, Integer> ASSIGNMENTS =
      Map.of(
          TrajectoryType.DEBT_ASSISTANCE, 70,
          TrajectoryType.BUDGET_MANAGEMENT, 78,
          TrajectoryType.PROTECTIVE_ADMINISTRATION, 78,
          TrajectoryType.FINANCIAL_SUPPORT, 64);

  @ParameterizedTest
  @EnumSource(TrajectoryType.class)
  void theCatalogueHasItsAssignmentsOverTwentySixWeeks(TrajectoryType type) {
    Catalogue catalogue = repository.current(type).orElseThrow();

    assertEquals(ASSIGNMENTS.get(type), catalogue.assignments().size(), type.name());
    assertEquals(26, catalogue.lastWeek(), type.name());
    assertTrue(
        catalogue.assignmentsOfWeek(MID_EVALUATION_WEEK).isEmpty(),
        "week 18 is the mid evaluation");
    for (int week = 1; week <= 26; week++) {
      if (week != MID_EVALUATION_WEEK) {
        int count = catalogue.assignmentsOfWeek(week).size();
        assertTrue(count >= 2 && count <= 4, type + " week " + week + " has " + count);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(TrajectoryType.class)
  void partOneHasOnlyThePartOneThemes(TrajectoryType type) {
    for (AssignmentTemplate assignment : repository.current(type).orElseThrow().assignments()) {
      Theme.CoachingPart expected =
          assignment.week() < MID_EVALUATION_WEEK ? Theme.CoachingPart.ONE : Theme.CoachingPart.TWO;
      assertEquals(expected, assignment.theme().part(), assignment.code().value());
    }
  }

  @ParameterizedTest
  @EnumSource(TrajectoryType.class)
  void everyThemeIsUsed(TrajectoryType type) {
    Set<Theme> themes =
        repository.current(type).orElseThrow().assignments().stream()
            .map(AssignmentTemplate::theme)
            .collect(Collectors.toSet());

    assertEquals(EnumSet.allOf(Theme.class), themes);
  }

  @ParameterizedTest
  @EnumSource(TrajectoryType.class)
  void codesNameTheTypeTheWeekAndTheNumber(TrajectoryType type) {
    for (AssignmentTemplate assignment : repository.current(type).orElseThrow().assignments()) {
      String expectedStart = String.format("%s-%02d-", CODE_PREFIX.get(type), assignment.week());
      String code = assignment.code().value();
      assertTrue(code.startsWith(expectedStart) && code.matches(".*-[1-9]"), code);
    }
  }

  @ParameterizedTest
  @EnumSource(TrajectoryType.class)
  void everyEvaluationHasFourToSixQuestions(TrajectoryType type) {
    Catalogue catalogue = repository.current(type).orElseThrow();
    for (EvaluationKind kind : EvaluationKind.values()) {
      int count = catalogue.evaluationQuestions(kind).size();
      assertTrue(count >= 4 && count <= 6, type + " " + kind + ": " + count);
    }
  }

  @ParameterizedTest
  @EnumSource(TrajectoryType.class)
  void assignmentsHaveAFewStepsAndQuestions(TrajectoryType type) {
    for (AssignmentTemplate assignment : repository.current(type).orElseThrow().assignments()) {
      String code = assignment.code().value();
      assertTrue(assignment.steps().size() >= 2 && assignment.steps().size() <= 4, code);
      assertTrue(assignment.questions().size() >= 1 && assignment.questions().size() <= 3, code);
      assertTrue(assignment.whyItMatters() != null, code);
    }
  }

  @ParameterizedTest
  @EnumSource(TrajectoryType.class)
  void everyAnswerTypeIsUsed(TrajectoryType type) {
    Set<AnswerType> used =
        repository.current(type).orElseThrow().assignments().stream()
            .flatMap(assignment -> assignment.questions().stream())
            .map(Question::type)
            .collect(Collectors.toSet());

    assertEquals(EnumSet.allOf(AnswerType.class), used);
  }

  @ParameterizedTest
  @EnumSource(TrajectoryType.class)
  void onlyTypesWithASpecialistHaveSpecialistTasks(TrajectoryType type) {
    List<AssignmentTemplate> assignments = repository.current(type).orElseThrow().assignments();
    boolean anySpecialistTask = assignments.stream().anyMatch(AssignmentTemplate::needsSpecialist);

    assertEquals(type.requiresSpecialist(), anySpecialistTask, type.name());
    for (AssignmentTemplate assignment : assignments) {
      assertEquals(
          assignment.needsSpecialist(),
          assignment.specialistExpectation() != null,
          assignment.code().value());
    }
  }

  @ParameterizedTest
  @EnumSource(TrajectoryType.class)
  void tagsNameDigitalSkills(TrajectoryType type) {
    for (AssignmentTemplate assignment : repository.current(type).orElseThrow().assignments()) {
      assertTrue(DIGITAL_SKILLS.containsAll(assignment.tags()), assignment.code().value());
    }
  }

  @ParameterizedTest
  @EnumSource(TrajectoryType.class)
  void linksGoOnlyToGovernmentSites(TrajectoryType type) {
    for (AssignmentTemplate assignment : repository.current(type).orElseThrow().assignments()) {
      for (URI link : assignment.links()) {
        assertTrue(GOVERNMENT_HOSTS.contains(link.getHost()), assignment.code() + ": " + link);
      }
    }
  }

  /** A rough check of B1 level: short sentences, about 8 to 12 words on average. */
  @ParameterizedTest
  @EnumSource(TrajectoryType.class)
  void instructionsUseShortSentences(TrajectoryType type) {
    int sentences = 0;
    int words = 0;
    for (AssignmentTemplate assignment : repository.current(type).orElseThrow().assignments()) {
      for (String sentence : assignment.instruction().split("(?<=[.?!])\\s+")) {
        int length = sentence.split("\\s+").length;
        assertTrue(length <= 15, assignment.code() + " has a long sentence: " + sentence);
        sentences++;
        words += length;
      }
    }
    double average = (double) words / sentences;
    assertTrue(average <= 12, type + ": " + average + " words per sentence");
  }

  @ParameterizedTest
  @EnumSource(TrajectoryType.class)
  void typesShareTheCoreButNotTheirOwnAssignments(TrajectoryType type) {
    Set<String> titles = titles(type);
    Set<String> others =
        Arrays.stream(TrajectoryType.values())
            .filter(other -> other != type)
            .flatMap(other -> titles(other).stream())
            .collect(Collectors.toSet());

    Set<String> own = new TreeSet<>(titles);
    own.removeAll(others);
    assertFalse(own.isEmpty(), type + " has no assignment of its own");
    assertTrue(titles.size() - own.size() >= 10, type + " shares too little: " + own);
  }

  private static Set<String> titles(TrajectoryType type) {
    return repository.current(type).orElseThrow().assignments().stream()
        .map(AssignmentTemplate::title)
        .collect(Collectors.toSet());
  }
}
