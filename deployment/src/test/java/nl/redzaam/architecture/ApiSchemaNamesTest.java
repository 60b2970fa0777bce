package nl.redzaam.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document names a record's schema after its simple name, so two records of the REST
 * adapter with the same simple name share one schema and one of them is described wrongly (the
 * evaluations' question once hid the assignments' answer type and options from generated clients).
 */
class ApiSchemaNamesTest {

  @Test
  void records_of_the_rest_adapter_have_unique_simple_names() {
    var records =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.redzaam.adapters.rest")
                .stream()
                .filter(
                    c ->
                        c.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false))
                .toList();
    assertTrue(records.size() > 50, "the REST adapter's records were found: " + records.size());

    Map<String, List<String>> shared =
        records.stream()
            .collect(
                Collectors.groupingBy(
                    JavaClass::getSimpleName,
                    Collectors.mapping(JavaClass::getName, Collectors.toList())))
            .entrySet()
            .stream()
            .filter(e -> e.getValue().size() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertEquals(Map.of(), shared);
  }
}
