package org.regimen.fhir;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DetectedIssue;
import org.hl7.fhir.r4.model.DetectedIssue.DetectedIssueStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.regimen.plan.Finding;

/**
 * A screening finding as a {@code DetectedIssue} implicating the CarePlan: the finding's code in
 * Regimen's finding code system, its severity mapped by {@link StatusMapping#issueSeverity}, what it
 * means, what to do and its source as the detail, the area as evidence, and the days it holds as the identified
 * period (from {@code asOf} to the finding's last day).
 */
final class FindingIssues {
  private FindingIssues() {}

  static DetectedIssue issue(
      Finding finding, Reference subject, String carePlanUrl, String language, String asOf) {
    DetectedIssue issue = new DetectedIssue();
    issue.setLanguage(language);
    // Final: the screening is done; a practitioner's later review is a new resource, not an edit.
    issue.setStatus(DetectedIssueStatus.FINAL);
    issue.setCode(RegimenCodes.concept(RegimenCodes.FINDING, finding.code(), finding.message()));
    issue.setSeverity(StatusMapping.issueSeverity(finding.severity()));
    issue.setPatient(subject.copy());
    if (finding.until().isPresent()) {
      issue.setIdentified(
          new Period()
              .setStartElement(new DateTimeType(asOf))
              .setEndElement(new DateTimeType(finding.until().get().toString())));
    } else {
      issue.setIdentified(new DateTimeType(asOf));
    }
    issue.addImplicated(new Reference(carePlanUrl));
    issue.setDetail(
        finding.message() + " " + finding.action() + " (Source: " + finding.source() + ": \""
            + finding.sourceWords() + "\")");
    finding.area().ifPresent(area -> issue.addEvidence().addCode(BodySites.concept(area)));
    return issue;
  }
}
