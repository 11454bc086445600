package org.regimen.protocol;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.regimen.request.Allergy;
import org.regimen.request.AreaCondition;
import org.regimen.request.Condition;
import org.regimen.request.Fitzpatrick;
import org.regimen.request.LabOutcome;
import org.regimen.request.LabTest;
import org.regimen.request.Lifestyle;
import org.regimen.request.MedicationKind;
import org.regimen.request.PregnancyStatus;
import org.regimen.request.ProcedureKind;
import org.regimen.request.SkinType;

/**
 * The kinds of fact a request can record about a patient, each with the values it can take, read
 * from the request model itself (enum constants, {@link Lifestyle}'s attributes): a value added to
 * the request model becomes a fact every protocol must give a verdict, without a list to update.
 *
 * @since 0.1.0
 */
public enum FactKind {
  /** A systemic condition ({@code patient.conditions}). */
  CONDITION("condition", names(Condition.class)),
  /** A kind of medicine ({@code patient.medications[].kind}). */
  MEDICATION("medication", names(MedicationKind.class)),
  /** An allergy ({@code patient.allergies}). */
  ALLERGY("allergy", names(Allergy.class)),
  /** A finding in an area ({@code patient.areaFindings[].finding}). */
  AREA_FINDING("areaFinding", names(AreaCondition.class)),
  /** A procedure done in an area ({@code patient.procedures[].kind}). */
  PROCEDURE("procedure", names(ProcedureKind.class)),
  /**
   * A result on file: {@code TEST:OUTCOME}, every test with every outcome it takes; {@code
   * TEST:VALUE} for a measured test, whose value a LAB_VALUE rule judges against its thresholds.
   */
  LAB_RESULT("labResult", labResults()),
  /** The pregnancy status ({@code patient.pregnancy}). */
  PREGNANCY("pregnancy", names(PregnancyStatus.class)),
  /**
   * The cycle recorded: {@code CYCLE} (regular, with its data), {@code IRREGULAR} or {@code NONE}.
   */
  MENSTRUATION("menstruation", List.of("CYCLE", "IRREGULAR", "NONE")),
  /** What {@code patient.reproductive} records (trying to conceive, post-partum, a test). */
  REPRODUCTIVE("reproductive", names(ReproductiveState.class)),
  /** A lifestyle attribute recorded as true, e.g. {@code lifestyle:frequentSolarium}. */
  LIFESTYLE("lifestyle", lifestyleAttributes()),
  /** The Fitzpatrick phototype ({@code patient.skin.fitzpatrick}). */
  PHOTOTYPE("phototype", names(Fitzpatrick.class)),
  /** The skin type ({@code patient.skin.type}). */
  SKIN_TYPE("skinType", names(SkinType.class));

  /** The value part of a measured test's fact, e.g. {@code labResult:PLATELET_COUNT:VALUE}. */
  public static final String MEASURED_VALUE = "VALUE";

  private final String key;
  private final List<String> values;

  FactKind(String key, List<String> values) {
    this.key = key;
    this.values = List.copyOf(values);
  }

  /** {@return the key that names this kind in protocol documents, e.g. {@code areaFinding}} */
  public String key() {
    return key;
  }

  /** {@return every fact of this kind, in the request model's order} */
  public List<Fact> facts() {
    return values.stream().map(v -> new Fact(this, v)).toList();
  }

  /** {@return every fact the request can record, kind by kind} */
  public static List<Fact> allFacts() {
    List<Fact> all = new ArrayList<>();
    for (FactKind kind : values()) {
      all.addAll(kind.facts());
    }
    return all;
  }

  /**
   * {@return the kind a key names in protocol documents, e.g. {@code areaFinding}; empty for an
   * unknown key}
   *
   * @param key the key
   */
  public static Optional<FactKind> byKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }

  private static <E extends Enum<E>> List<String> names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  private static List<String> labResults() {
    List<String> values = new ArrayList<>();
    for (LabTest test : LabTest.values()) {
      for (LabOutcome outcome : test.outcomes()) { // only pairings the request accepts
        values.add(test.name() + ":" + outcome.name());
      }
      if (test.isMeasured()) {
        values.add(test.name() + ":" + MEASURED_VALUE);
      }
    }
    return values;
  }

  /** The attributes of {@link Lifestyle} (abstract accessors), sorted so the order is stable. */
  private static List<String> lifestyleAttributes() {
    return Arrays.stream(Lifestyle.class.getDeclaredMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
        .map(Method::getName)
        .sorted(Comparator.naturalOrder())
        .toList();
  }
}
