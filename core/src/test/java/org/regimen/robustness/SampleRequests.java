package org.regimen.robustness;

import java.util.List;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolLoader;
import org.regimen.spi.TreatmentModule;

/** A valid request for the sample protocol in compact JSON, to change one thing at a time. */
final class SampleRequests {
  static final Protocol SAMPLE =
      ProtocolLoader.load(SampleRequests.class, "org/regimen/protocol/sample-protocol.json");
  static final TreatmentModule MODULE = () -> SAMPLE;
  static final Regimen REGIMEN = Regimen.of(TreatmentCatalog.of(List.of(MODULE)));

  private SampleRequests() {}

  static String plan() {
    return "{\"id\":\"issue15-plan\",\"asOf\":\"2027-01-05\",\"language\":\"en\",\"currency\":\"EUR\","
        + "\"clinic\":{\"name\":\"Example Skin Clinic\",\"phone\":\"+44 20 7946 0000\"},"
        + "\"treatment\":\"sample-prp\",\"indication\":\"STRETCH_MARKS\","
        + "\"striae\":{\"stage\":\"RUBRA\",\"ageMonths\":5,\"severity\":\"MODERATE\"},"
        + "\"areas\":[\"ABDOMEN\",\"THIGHS\"],\"earliestStart\":\"2027-01-11\","
        + "\"patient\":{\"birthDate\":\"1994-05-02\",\"sex\":\"FEMALE\",\"pregnancy\":\"NONE\","
        + "\"conditions\":[],\"medications\":[],\"allergies\":[],\"areaFindings\":[],"
        + "\"skin\":{\"fitzpatrick\":\"III\",\"type\":\"DRY\"},"
        + "\"labResults\":[{\"test\":\"HIV\",\"result\":\"NEGATIVE\",\"date\":\"2026-12-20\"},"
        + "{\"test\":\"HEPATITIS\",\"result\":\"NEGATIVE\",\"date\":\"2026-12-20\"},"
        + "{\"test\":\"SYPHILIS\",\"result\":\"NEGATIVE\",\"date\":\"2026-12-20\"},"
        + "{\"test\":\"BLOOD_COUNT\",\"result\":\"NORMAL\",\"date\":\"2026-12-20\"}],"
        + "\"lifestyle\":{\"smoker\":false,\"frequentSolarium\":false}},"
        + "\"calendar\":{\"openDays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\"],"
        + "\"closedDates\":[\"2027-02-08\"]}}";
  }

  /** The same request without a treatment: a comparison. */
  static String comparison(String planRequest) {
    return planRequest.replace("\"treatment\":\"sample-prp\",", "");
  }
}
