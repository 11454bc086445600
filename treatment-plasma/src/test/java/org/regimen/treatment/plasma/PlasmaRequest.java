package org.regimen.treatment.plasma;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;
import org.regimen.plan.Finding;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;

/**
 * A plasma therapy request written as the JSON a clinic sends, so that every rule under test is
 * reached the way callers reach it: through {@link RegimenJson#readRequest} and {@link Regimen#plan}.
 * It starts from a patient with every fact known and nothing against the treatment (all five
 * required tests on file, recent and clear); each test changes one field.
 */
final class PlasmaRequest {
  static final Regimen REGIMEN = Regimen.load();
  static final RegimenJson JSON = RegimenJson.create();
  static final LocalDate AS_OF = LocalDate.parse("2027-01-05");
  static final String RECENT = "2026-12-20";

  private final Map<String, String> top = new LinkedHashMap<>();
  private final Map<String, String> patient = new LinkedHashMap<>();

  private PlasmaRequest() {
    top.put("id", q("plasma-test"));
    top.put("asOf", q(AS_OF.toString()));
    top.put("treatment", q("plasma"));
    top.put("indication", q("FINE_LINES_AND_WRINKLES"));
    top.put("areas", "[\"FACE\"]");
    patient.put("birthDate", q("1990-03-04"));
    patient.put("sex", q("FEMALE"));
    patient.put("pregnancy", q("NONE"));
    patient.put("conditions", "[]");
    patient.put("medications", "[]");
    patient.put("allergies", "[]");
    patient.put("areaFindings", "[]");
    patient.put("procedures", "[]");
    patient.put("reproductive", "{\"tryingToConceive\": false}");
    patient.put("skin", "{\"fitzpatrick\": \"III\", \"type\": \"NORMAL\"}");
    patient.put("menstruation", "{\"lastStart\": \"2027-01-01\", \"cycleDays\": 28, \"periodDays\": 5}");
    patient.put(
        "labResults",
        "["
            + lab("HIV", "NEGATIVE", RECENT) + ", "
            + lab("HEPATITIS", "NEGATIVE", RECENT) + ", "
            + lab("SYPHILIS", "NEGATIVE", RECENT) + ", "
            + lab("BLOOD_COUNT", "NORMAL", RECENT) + ", "
            + lab("BLOOD_BIOCHEMISTRY", "NORMAL", RECENT)
            + "]");
    patient.put("lifestyle", "{\"smoker\": false, \"frequentSolarium\": false}");
  }

  /** A patient with nothing against plasma therapy and every fact known. */
  static PlasmaRequest healthy() {
    return new PlasmaRequest();
  }

  /** Replaces (or adds) a key of the request with raw JSON. */
  PlasmaRequest set(String key, String rawJson) {
    top.put(key, rawJson);
    return this;
  }

  /** Replaces (or adds) a key of {@code patient} with raw JSON. */
  PlasmaRequest patient(String key, String rawJson) {
    patient.put(key, rawJson);
    return this;
  }

  /** Removes a key of {@code patient}: the fact becomes unknown. */
  PlasmaRequest unknown(String key) {
    patient.remove(key);
    return this;
  }

  String json() {
    StringJoiner p = new StringJoiner(", ", "{", "}");
    patient.forEach((k, v) -> p.add(q(k) + ": " + v));
    StringJoiner r = new StringJoiner(",\n ", "{", "}");
    top.forEach((k, v) -> r.add(q(k) + ": " + v));
    r.add(q("patient") + ": " + p);
    return r.toString();
  }

  TreatmentRequest request() {
    return JSON.readRequest(json());
  }

  TreatmentPlan plan() {
    return REGIMEN.plan(request());
  }

  static String q(String text) {
    return "\"" + text + "\"";
  }

  static String lab(String test, String result, String date) {
    return "{\"test\": " + q(test) + ", \"result\": " + q(result) + ", \"date\": " + q(date) + "}";
  }

  static Finding finding(TreatmentPlan plan, String code) {
    return plan.eligibility().findings().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no finding " + code + " in " + codes(plan)));
  }

  static java.util.List<String> codes(TreatmentPlan plan) {
    return plan.eligibility().findings().stream().map(Finding::code).toList();
  }
}
