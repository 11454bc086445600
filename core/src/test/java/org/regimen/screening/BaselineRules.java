package org.regimen.screening;

import org.regimen.protocol.Baseline;
import org.regimen.protocol.RuleSet;

/** The shipped baseline and the labels its findings cite, for the engine tests. */
final class BaselineRules {
  static final String FILE_000 = "000_cee33dee1438d68f.txt";
  static final String FILE_002 = "002_143d3d91613fde99.txt";
  static final String FILE_003 = "003_e0ba78e739644709.txt";
  static final String NCT =
      "ClinicalTrials.gov NCT03807986, exclusion criteria (pregnancy, breastfeeding, anticoagulants, platelet disorders, active infection, chronic liver disease, active skin disease)";

  private BaselineRules() {}

  /** The baseline as shipped: the tests screen against the real data, so it cannot drift. */
  static RuleSet standard() {
    return Baseline.standard();
  }
}
