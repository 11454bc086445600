package org.regimen.handout;

import java.util.ArrayList;
import java.util.List;
import org.regimen.plan.Finding;
import org.regimen.plan.FindingSeverity;

/**
 * The lines of "Before we start" a patient may read (design.md, "Who reads a text"): each finding's
 * {@code patientMessage}, once per text, never its practitioner message or action. A finding with
 * no patient text is one a clinician discloses in person: the handout says only that the
 * practitioner will talk it through, once, without naming it. Only a temporary reason shows its
 * last day, since a date next to any other reason ("keep taking your medicine") reads as "until
 * then".
 */
final class PatientFindings {
  static final String IN_PERSON =
      "Your practitioner will talk a point of your health through with you in person before"
          + " anything is planned.";

  private PatientFindings() {}

  static List<String> lines(List<Finding> findings) {
    List<String> lines = new ArrayList<>();
    boolean inPerson = false;
    for (Finding finding : findings) {
      if (finding.patientMessage().isEmpty()) {
        inPerson = true;
        continue;
      }
      StringBuilder line = new StringBuilder(finding.patientMessage().get());
      if (finding.severity() == FindingSeverity.TEMPORARY) {
        finding.until().ifPresent(until -> line.append(" (until ").append(PlainWords.day(until)).append(')'));
      }
      String text = line.toString();
      if (!lines.contains(text)) {
        lines.add(text);
      }
    }
    if (inPerson) {
      lines.add(0, IN_PERSON);
    }
    return lines;
  }
}
