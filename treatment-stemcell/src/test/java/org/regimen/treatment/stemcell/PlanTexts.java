package org.regimen.treatment.stemcell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.regimen.plan.DatedInstruction;
import org.regimen.plan.Finding;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;

/** Every text a plan shows, and the check that none of them tells anyone to stop a prescribed medicine. */
final class PlanTexts {
  /** A verb that ends or pauses taking something. */
  private static final Pattern STOP =
      Pattern.compile("\\b(stop|discontinu|interrupt|paus|ceas|quit|hold off|give up|withh[oe]ld|suspend|skip)");
  /** Words that name a prescribed medicine or a blood thinner other than a supplement. */
  private static final Pattern MEDICINE =
      Pattern.compile("(medic|anticoagul|antiplatelet|prescri|blood thinner|warfarin|aspirin|heparin)");

  private PlanTexts() {}

  static List<String> all(TreatmentPlan plan) {
    List<String> texts = new ArrayList<>();
    for (Finding f : plan.eligibility().findings()) {
      texts.add(f.message());
      texts.add(f.action());
      f.patientMessage().ifPresent(texts::add);
      texts.add(f.sourceWords());
    }
    texts.addAll(plan.notes());
    for (Session s : plan.sessions()) {
      texts.addAll(s.notes());
      for (DatedInstruction i : s.before()) {
        texts.add(i.text());
        i.sourceWords().ifPresent(texts::add);
      }
      for (DatedInstruction i : s.after()) {
        texts.add(i.text());
      }
    }
    plan.visits().forEach(v -> texts.add(v.purpose()));
    plan.risks().forEach(r -> texts.add(r.text()));
    plan.results().forEach(r -> r.note().ifPresent(texts::add));
    plan.maintenance().ifPresent(m -> texts.add(m.text()));
    plan.adjustments().forEach(a -> texts.add(a.text()));
    plan.conflicts().forEach(c -> texts.add(c.text()));
    return texts;
  }

  /** True if one sentence (or clause) of the text both names a medicine and says to stop it. */
  static boolean tellsToStopAPrescribedMedicine(String text) {
    for (String sentence : text.toLowerCase(Locale.ROOT).split("[.;:!?](\\s|$)")) {
      if (STOP.matcher(sentence).find() && MEDICINE.matcher(sentence).find()) {
        return true;
      }
    }
    return false;
  }
}
