package org.regimen.json;

/** The request of contract.md, verbatim but for the clinic's name and phone. */
final class ContractExample {
  static final String REQUEST =
      """
      {
        "id": "consult-2027-0142",
        "asOf": "2027-01-05",
        "language": "en",
        "currency": "EUR",
        "clinic": { "name": "Clinic", "phone": "+33 1 23 45 67 89" },
        "treatment": "prp",
        "indication": "STRETCH_MARKS",
        "striae": { "stage": "RUBRA", "ageMonths": 5, "severity": "MODERATE" },
        "areas": ["ABDOMEN", "THIGHS"],
        "earliestStart": "2027-01-11",
        "patient": {
          "birthDate": "1994-05-02",
          "sex": "FEMALE",
          "pregnancy": "NONE",
          "conditions": ["VARICOSE_VEINS"],
          "medications": [{ "kind": "ANTIBIOTIC", "until": "2027-01-15" }],
          "allergies": [],
          "areaFindings": [{ "area": "THIGHS", "finding": "ACTIVE_INFECTION" }],
          "skin": { "fitzpatrick": "III", "type": "DRY" },
          "menstruation": { "lastStart": "2027-01-03", "cycleDays": 28, "periodDays": 5 },
          "labResults": [{ "test": "HIV", "result": "NEGATIVE", "date": "2026-12-20" }],
          "lifestyle": { "smoker": false, "frequentSolarium": false }
        },
        "calendar": {
          "openDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
          "closedDates": ["2027-04-05"],
          "unavailable": [{ "from": "2027-02-01", "to": "2027-02-14" }],
          "events": [{ "from": "2027-03-20", "to": "2027-03-20", "name": "wedding" }]
        }
      }
      """;

  /** The smallest valid request. */
  static final String MINIMAL =
      """
      {"asOf": "2027-01-05", "indication": "STRETCH_MARKS", "areas": ["ABDOMEN"], "patient": {}}
      """;

  private ContractExample() {}
}
