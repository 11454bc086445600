package org.regimen.examples.sanity;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.request.TreatmentRequest;
import org.regimen.spi.ModuleDescriptor;
import org.regimen.spi.TreatmentModule;
import org.regimen.testing.RequestGenerator;

/**
 * Guava's testlib over every public value type of the API (issue 11): equal values are equal and
 * hash alike, different values differ, and no public method or factory accepts a null it does not
 * declare. The types are found by reflection over the exported packages ({@link
 * ValueTypes#EXPORTED_PACKAGES}), so a new value type is covered without editing this test; the
 * sample values come from real requests, plans, comparisons and protocols of the installed
 * therapies, found by walking their accessors.
 */
class ValueTypeSanityTest {
  private static final int REQUESTS_PER_MODULE = 12;
  private static final LocalDate SAMPLE_AS_OF = LocalDate.of(2027, 1, 5);
  private static final int GROUPS_PER_TYPE = 3;

  private static List<Class<?>> implementations;
  private static Map<Class<?>, List<Object>> samples;

  @BeforeAll
  static void discoverAndSample() throws Exception {
    implementations = ValueTypes.immutableImplementations();
    Regimen regimen = Regimen.load();
    SampleCollector collector = new SampleCollector();
    for (TreatmentModule module : regimen.catalog().modules()) {
      ModuleDescriptor descriptor = module.descriptor();
      collector.walk(descriptor);
      collector.walk(module.protocol());
      RequestGenerator generator =
          new RequestGenerator(descriptor.id(), descriptor.indications(), descriptor.areas());
      for (long seed = 1; seed <= REQUESTS_PER_MODULE; seed++) {
        var request = generator.generate(seed * 7919);
        collector.walk(request);
        collector.walk(regimen.plan(request));
        if (seed <= 2) {
          collector.walk(regimen.compare(request));
        }
      }
    }
    walkSampleRequests(regimen, collector);
    walkVariants(collector);
    samples = collector.byValueType();
  }

  /** The README's sample requests (examples/requests/*.json): intake facts the generator leaves out. */
  private static void walkSampleRequests(Regimen regimen, SampleCollector collector) throws Exception {
    RegimenJson json = RegimenJson.create();
    try (Stream<Path> files = Files.list(Path.of("requests"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        TreatmentRequest request = json.readRequest(Files.readString(file), SAMPLE_AS_OF);
        collector.walk(request);
        boolean comparison = request.treatment().isEmpty() && request.treatments().isEmpty();
        collector.walk(comparison ? regimen.compare(request) : regimen.plan(request));
      }
    }
  }

  /** A clinic loaded with the variant samples (examples/variants), and a plan made with one. */
  private static void walkVariants(SampleCollector collector) throws Exception {
    Path variants = Path.of("variants");
    Regimen clinic =
        Regimen.builder()
            .variant(variants.resolve("prp-striae-monthly.json"))
            .variant(variants.resolve("clinic-prices.json"))
            .defaultVariant("prp-striae-monthly")
            .build();
    for (Object variant : clinic.variants()) {
      collector.walk(variant);
    }
    TreatmentRequest request =
        RegimenJson.create().readRequest(Files.readString(Path.of("requests", "prp-stretch-marks.json")), SAMPLE_AS_OF);
    collector.walk(clinic.plan(request));
  }

  @Test
  void discovery_finds_the_value_types_of_every_exported_package() {
    Set<String> packages = new TreeSet<>();
    implementations.forEach(type -> packages.add(type.getPackageName()));
    assertThat(packages).contains("org.regimen.request", "org.regimen.plan", "org.regimen.protocol");
    assertThat(implementations).hasSizeGreaterThan(40);
  }

  @Test
  void every_value_type_is_reached_by_a_real_request_plan_or_protocol() {
    List<String> unsampled =
        implementations.stream()
            .filter(type -> samplesOf(type).isEmpty())
            .map(Class::getName)
            .filter(name -> !ValueTypes.NOT_IN_SAMPLES.contains(name))
            .toList();
    assertThat(unsampled)
        .as("value types without a sample: add a root above or list them in NOT_IN_SAMPLES")
        .isEmpty();
  }

  @Test
  void not_in_samples_lists_only_types_still_without_a_sample() {
    List<String> reached =
        implementations.stream()
            .filter(type -> !samplesOf(type).isEmpty())
            .map(Class::getName)
            .filter(ValueTypes.NOT_IN_SAMPLES::contains)
            .toList();
    assertThat(reached).as("now reached by a sample: remove them from NOT_IN_SAMPLES").isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> equal_values_are_equal_and_different_values_differ() {
    return sampled()
        .map(
            type ->
                DynamicTest.dynamicTest(
                    type.getSimpleName(),
                    () -> {
                      List<Object> values = distinct(samplesOf(type));
                      EqualsTester tester = new EqualsTester();
                      for (Object value : values.subList(0, Math.min(GROUPS_PER_TYPE, values.size()))) {
                        tester.addEqualityGroup(value, ValueTypes.rebuilt(type, value));
                      }
                      tester.testEquals();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> no_public_method_accepts_an_undeclared_null() {
    return sampled()
        .map(
            type ->
                DynamicTest.dynamicTest(
                    type.getSimpleName(),
                    () -> {
                      NullPointerTester tester = nullTester();
                      tester.testAllPublicStaticMethods(type);
                      tester.testAllPublicInstanceMethods(samplesOf(type).get(0));
                      Object builder = ValueTypes.builder(type);
                      if (builder != null) {
                        tester.testAllPublicInstanceMethods(builder);
                      }
                    }));
  }

  private static NullPointerTester nullTester() {
    NullPointerTester tester = new NullPointerTester();
    for (String name : ValueTypes.KNOWN_NULL_TOLERANT) {
      int dot = name.lastIndexOf('.');
      try {
        for (Method method : Class.forName(name.substring(0, dot)).getMethods()) {
          if (method.getName().equals(name.substring(dot + 1))) {
            tester.ignore(method);
          }
        }
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(name, e);
      }
    }
    samples.forEach((valueType, values) -> setDefault(tester, valueType, values.get(0)));
    return tester;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  private static Stream<Class<?>> sampled() {
    return implementations.stream().filter(type -> !samplesOf(type).isEmpty());
  }

  private static List<Object> samplesOf(Class<?> implementation) {
    return samples.getOrDefault(ValueTypes.valueType(implementation), List.of());
  }

  private static List<Object> distinct(List<Object> values) {
    List<Object> distinct = new ArrayList<>();
    for (Object value : values) {
      if (!distinct.contains(value)) {
        distinct.add(value);
      }
    }
    return distinct;
  }

  /** Every Regimen value reachable from a root through public no-argument accessors. */
  private static final class SampleCollector {
    private final Map<Object, Boolean> seen = new IdentityHashMap<>();
    private final Map<Class<?>, List<Object>> byValueType = new LinkedHashMap<>();

    void walk(Object value) throws Exception {
      if (value == null || seen.put(value, Boolean.TRUE) != null) {
        return;
      }
      if (value instanceof Optional<?> optional) {
        if (optional.isPresent()) {
          walk(optional.get());
        }
        return;
      }
      if (value instanceof Collection<?> collection) {
        for (Object element : collection) {
          walk(element);
        }
        return;
      }
      if (value instanceof Map<?, ?> map) {
        for (Object element : map.values()) {
          walk(element);
        }
        return;
      }
      Class<?> type = value.getClass();
      if (!type.getName().startsWith("org.regimen.") || type.isEnum()) {
        return;
      }
      Class<?> valueType = ValueTypes.valueType(type);
      if (valueType == null) {
        return; // not a value type: its accessors are no part of the value API
      }
      byValueType.computeIfAbsent(valueType, k -> new ArrayList<>()).add(value);
      for (Method accessor : ValueTypes.accessors(type)) {
        walk(accessor.invoke(value));
      }
    }

    Map<Class<?>, List<Object>> byValueType() {
      return byValueType;
    }
  }
}
