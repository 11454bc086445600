package org.regimen.benchmarks;

import java.util.Set;
import java.util.function.UnaryOperator;
import org.regimen.request.Indication;
import org.regimen.request.TreatmentRequest;

/**
 * How to generate the typical request of one treatment module: the indications to draw from, a
 * change that makes a generated request typical (e.g. the severity that gives the usual number of
 * sessions) and that number of sessions. Requests are kept only when their plan has exactly that many
 * sessions, so every benchmark of a module measures the same size of plan.
 */
record ModuleWorkload(
    String id,
    Set<Indication> indications,
    UnaryOperator<TreatmentRequest> typical,
    int typicalSessions) {}
