package org.regimen.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regimen.json.RegimenJson;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.ImmutableTreatmentRequest;
import org.regimen.request.TreatmentRequest;

/**
 * Issue 15, "Nothing echoed": {@code toString()} of every request and plan type shows the type and
 * its attribute names, never a value. Every value reachable from a full request, its plan and its
 * comparison is printed and checked, so a type or attribute added later without {@code
 * @Value.Redacted} fails here.
 */
class RedactedToStringTest {
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(?!<redacted>)");

  /** Fails if any {@code name=value} in {@code text} shows a value. */
  static void assertStructureOnly(String what, String text) {
    Matcher shown = ATTRIBUTE.matcher(text);
    assertThat(shown.find())
        .as("%s shows the value of '%s': %s", what, shown.hitEnd() ? "" : shown.group(1), text)
        .isFalse();
  }

  @Test
  void everyRequestTypeShowsStructureOnly() {
    Set<String> types = walk(Markers.request());
    walk(RegimenJson.create().readRequest(Markers.json()));

    assertThat(types).contains("TreatmentRequest", "PatientProfile", "Clinic", "CalendarConstraints", "Medication", "LabResult");
  }

  @Test
  void everyPlanTypeShowsStructureOnly() {
    TreatmentPlan plan = SampleModule.REGIMEN.plan(Markers.request());
    Set<String> types = walk(plan);
    TreatmentRequest comparisonRequest =
        ImmutableTreatmentRequest.copyOf(Markers.request()).withTreatment(Optional.empty());
    types.addAll(walk(SampleModule.REGIMEN.compare(comparisonRequest)));

    assertThat(types)
        .contains("TreatmentPlan", "Session", "Finding", "Eligibility", "DatedInstruction", "Risk", "TreatmentRef", "Comparison", "ComparisonOption");
  }

  /** Checks {@code root} and every Regimen value inside it; returns the type names seen. */
  private static Set<String> walk(Object root) {
    Set<String> types = new TreeSet<>();
    walk(root, types, new IdentityHashMap<>());
    return types;
  }

  private static void walk(Object value, Set<String> types, Map<Object, Boolean> seen) {
    if (value == null || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      optional.ifPresent(v -> walk(v, types, seen));
      return;
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(v -> walk(v, types, seen));
      return;
    }
    Class<?> type = value.getClass();
    boolean ours = type.getName().startsWith("org.regimen.request.Immutable")
        || type.getName().startsWith("org.regimen.plan.Immutable");
    if (!ours) {
      return;
    }
    String name = type.getSimpleName().replaceFirst("^Immutable", "");
    types.add(name);
    assertStructureOnly(name, value.toString());
    for (Method accessor : type.getDeclaredMethods()) {
      if (Modifier.isPublic(accessor.getModifiers())
          && !Modifier.isStatic(accessor.getModifiers())
          && accessor.getParameterCount() == 0
          && !Set.of("toString", "hashCode", "build").contains(accessor.getName())) {
        try {
          walk(accessor.invoke(value), types, seen);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
