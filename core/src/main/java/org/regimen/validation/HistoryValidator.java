package org.regimen.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.regimen.error.Problem;
import org.regimen.request.History;
import org.regimen.request.PastSession;

/** The rules of a request's {@code history}: what was done lies on or before {@code asOf}. */
final class HistoryValidator {
  /** Module ids as the protocol format writes them, so an id from another system is still a name. */
  private static final Pattern TREATMENT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /** A history longer than this is not a course in progress; the bound keeps planning cheap. */
  static final int MAX_SESSIONS = 500;

  private HistoryValidator() {}

  static void validate(History history, LocalDate asOf, List<Problem> problems) {
    List<PastSession> sessions = history.sessions();
    if (sessions.size() > MAX_SESSIONS) {
      problems.add(Problem.of("history.sessions", "must hold at most " + MAX_SESSIONS + " sessions"));
    }
    for (int i = 0; i < sessions.size(); i++) {
      PastSession past = sessions.get(i);
      String path = "history.sessions[" + i + "]";
      if (!TREATMENT.matcher(past.treatment()).matches()) {
        problems.add(
            Problem.of(path + ".treatment", "must be a treatment id: lower case letters, digits and '-'"));
      }
      if (past.date().isAfter(asOf)) {
        problems.add(Problem.of(path + ".date", "must not be after asOf (history is what was done)"));
      }
      for (int j = 0; j < past.areas().size(); j++) {
        if (past.areas().subList(0, j).contains(past.areas().get(j))) {
          problems.add(Problem.of(path + ".areas[" + j + "]", "must not repeat an earlier area"));
        }
      }
      for (int j = 0; j < past.reactions().size(); j++) {
        if (!CODE.matcher(past.reactions().get(j)).matches()) {
          problems.add(
              Problem.of(path + ".reactions[" + j + "]", "must be a risk code in UPPER_SNAKE_CASE"));
        }
      }
    }
    if (history.response().isPresent() && sessions.isEmpty()) {
      problems.add(Problem.of("history.response", "needs at least one session in history.sessions"));
    }
  }
}
