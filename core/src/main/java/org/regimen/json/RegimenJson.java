package org.regimen.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.regimen.error.InvalidRequestException;
import org.regimen.error.Problem;
import org.regimen.error.RequestIdRule;
import org.regimen.plan.Comparison;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.TreatmentRequest;
import org.regimen.validation.ValidatedRequests;

/**
 * The public JSON form of requests, plans, comparisons and errors (see the README's "JSON contract").
 * Reading is strict and bounded; every problem is reported with its path in one {@link
 * InvalidRequestException}. Thread-safe: create once, share.
 *
 * <p>Input is UTF-8 only, whichever entry point reads it; a leading byte-order mark is ignored,
 * UTF-16, UTF-32 and malformed UTF-8 are an {@link InvalidRequestException}. Limits on input: at
 * most 1,000,000 characters, nesting depth 32, strings of 10,000 characters, 1,000 items in an
 * array; at most 50 problems are listed, then their count. Request dates lie from 1900-01-01 to
 * 2200-12-31 ({@link org.regimen.dates.DateWindow}). Repeated keys, unknown keys, wrong types, unknown enum values and malformed dates are
 * all errors; messages name the path, the rule and the allowed values, never the input's values.
 *
 * @since 0.1.0
 */
public final class RegimenJson {
  private static final RegimenJson INSTANCE = new RegimenJson();

  private RegimenJson() {}

  /**
   * The JSON reader and writer.
   *
   * @return the shared instance: it holds no state
   */
  public static RegimenJson create() {
    // Stateless: one instance serves everyone.
    return INSTANCE;
  }

  /**
   * Reads and validates a request; {@code asOf} is required.
   *
   * @param json the request's JSON text
   * @return the request, valid
   * @throws InvalidRequestException listing every problem, with the request's id where it could
   *     be read
   */
  public TreatmentRequest readRequest(String json) {
    return readRequest(json, Optional.empty());
  }

  /**
   * Reads and validates a request, taking {@code defaultAsOf} when the request has no {@code asOf}
   * (the command-line tool passes today: the library never reads a clock itself).
   *
   * @param json the request's JSON text
   * @param defaultAsOf the day that stands for "today" when the request has no {@code asOf}
   * @return the request, valid
   * @throws InvalidRequestException listing every problem, with the request's id where it could
   *     be read
   */
  public TreatmentRequest readRequest(String json, LocalDate defaultAsOf) {
    return readRequest(json, Optional.of(defaultAsOf));
  }

  /**
   * Reads one request from {@code in} (UTF-8, a leading byte-order mark allowed), which is read to
   * its end and left open. Other encodings are an {@link InvalidRequestException}.
   *
   * @param in UTF-8 JSON, a leading byte-order mark allowed; read to its end, left open
   * @return the request, valid
   * @throws InvalidRequestException listing every problem, with the request's id where it could
   *     be read
   * @throws java.io.UncheckedIOException only if reading {@code in} itself fails
   */
  public TreatmentRequest readRequest(InputStream in) {
    return readRequest(in, Optional.empty());
  }

  /**
   * Reads one request from {@code in}, with a default for {@code asOf}.
   *
   * @param in UTF-8 JSON, a leading byte-order mark allowed; read to its end, left open
   * @param defaultAsOf the day that stands for "today" when the request has no {@code asOf}
   * @return the request, valid
   * @throws InvalidRequestException listing every problem, with the request's id where it could
   *     be read
   * @throws java.io.UncheckedIOException only if reading {@code in} itself fails
   */
  public TreatmentRequest readRequest(InputStream in, LocalDate defaultAsOf) {
    return readRequest(in, Optional.of(defaultAsOf));
  }

  /**
   * Reads one request from characters.
   *
   * @param in the JSON text; read to its end, left open
   * @return the request, valid
   * @throws InvalidRequestException listing every problem, with the request's id where it could
   *     be read
   * @throws java.io.UncheckedIOException only if reading {@code in} itself fails
   */
  public TreatmentRequest readRequest(Reader in) {
    TreeReader reader = new TreeReader();
    return bindRequest(TextInput.read(in, reader), reader, Optional.empty());
  }

  /**
   * Reads one request from characters, with a default for {@code asOf}.
   *
   * @param in the JSON text; read to its end, left open
   * @param defaultAsOf the day that stands for "today" when the request has no {@code asOf}
   * @return the request, valid
   * @throws InvalidRequestException listing every problem, with the request's id where it could
   *     be read
   * @throws java.io.UncheckedIOException only if reading {@code in} itself fails
   */
  public TreatmentRequest readRequest(Reader in, LocalDate defaultAsOf) {
    TreeReader reader = new TreeReader();
    return bindRequest(TextInput.read(in, reader), reader, Optional.of(defaultAsOf));
  }

  private TreatmentRequest readRequest(InputStream in, Optional<LocalDate> defaultAsOf) {
    TreeReader reader = new TreeReader();
    return bindRequest(TextInput.read(in, reader), reader, defaultAsOf);
  }

  private TreatmentRequest readRequest(String json, Optional<LocalDate> defaultAsOf) {
    TreeReader reader = new TreeReader();
    return bindRequest(TextInput.check(json, reader), reader, defaultAsOf);
  }

  private static TreatmentRequest bindRequest(
      Optional<String> text, TreeReader reader, Optional<LocalDate> defaultAsOf) {
    return bindTree(text.flatMap(t -> TreeParser.parse(t, reader)), reader, defaultAsOf);
  }

  private static TreatmentRequest bindTree(
      Optional<JsonNode> tree, TreeReader reader, Optional<LocalDate> defaultAsOf) {
    Optional<String> id = tree.flatMap(RegimenJson::requestId);
    Optional<TreatmentRequest> request =
        tree.flatMap(root -> new RequestBinder(reader, defaultAsOf).request().read(root, ""));
    // The rules across fields run even when binding found problems, so the caller sees all at once;
    // a rule about a field that already has a problem would only repeat it.
    List<Problem> bindingProblems = reader.problems();
    request.ifPresent(
        r -> {
          for (Problem p : ValidatedRequests.problems(r)) {
            if (bindingProblems.stream().noneMatch(b -> Paths.overlap(b.path(), p.path()))) {
              reader.problem(p.path(), p.message());
            }
          }
        });
    if (reader.hasProblems()) {
      throw new InvalidRequestException(id, reader.problems());
    }
    ValidatedRequests.readValid(request.get()); // planning it next does not check it again
    return request.get();
  }

  private static Optional<String> requestId(JsonNode root) {
    JsonNode id = root.get("id");
    // An id that breaks the rule may be anything, a patient's name included: it is not echoed.
    return id != null && id.isTextual() && RequestIdRule.isValid(id.textValue())
        ? Optional.of(id.textValue())
        : Optional.empty();
  }

  /**
   * A request as JSON, in the form {@link #readRequest(String)} reads.
   *
   * @param request the request
   * @return its JSON text
   */
  public String writeRequest(TreatmentRequest request) {
    return toText(g -> RequestWriter.write(g, request));
  }

  /**
   * A plan as JSON (docs/contract.md).
   *
   * @param plan the plan
   * @return its JSON text
   */
  public String writePlan(TreatmentPlan plan) {
    return toText(g -> PlanWriter.write(g, plan));
  }

  /**
   * Writes a plan as JSON to {@code out} as UTF-8 and flushes it; {@code out} is left open.
   *
   * @param plan the plan
   * @param out where to write
   */
  public void writePlan(TreatmentPlan plan, OutputStream out) {
    toStream(out, g -> PlanWriter.write(g, plan));
  }

  /**
   * Reads a plan in the form {@link #writePlan} writes, as strictly as a request.
   *
   * @param json the plan's JSON text
   * @return the plan
   * @throws InvalidRequestException listing every problem (the name is historical: here the
   *     document is a plan)
   */
  public TreatmentPlan readPlan(String json) {
    TreeReader reader = new TreeReader();
    Optional<TreatmentPlan> plan =
        TextInput.check(json, reader)
            .flatMap(text -> TreeParser.parse(text, reader))
            .flatMap(root -> new PlanBinder(reader).plan().read(root, ""));
    return orThrow(plan, reader);
  }

  /**
   * A comparison as JSON (docs/contract.md).
   *
   * @param comparison the comparison
   * @return its JSON text
   */
  public String writeComparison(Comparison comparison) {
    return toText(g -> PlanWriter.write(g, comparison));
  }

  /**
   * Writes a comparison as JSON to {@code out} as UTF-8 and flushes it; {@code out} is left open.
   *
   * @param comparison the comparison
   * @param out where to write
   */
  public void writeComparison(Comparison comparison, OutputStream out) {
    toStream(out, g -> PlanWriter.write(g, comparison));
  }

  /**
   * Reads a comparison in the form {@link #writeComparison} writes.
   *
   * @param json the comparison's JSON text
   * @return the comparison
   * @throws InvalidRequestException listing every problem
   */
  public Comparison readComparison(String json) {
    TreeReader reader = new TreeReader();
    Optional<Comparison> comparison =
        TextInput.check(json, reader)
            .flatMap(text -> TreeParser.parse(text, reader))
            .flatMap(root -> new PlanBinder(reader).comparison().read(root, ""));
    return orThrow(comparison, reader);
  }

  /**
   * The plan as one batch answer: with {@code "line"}, the request's line number, after {@code
   * id}. Written to {@code out} as UTF-8 and flushed; {@code out} is left open.
   *
   * @param plan the plan
   * @param line the request's line number, 1 for the first
   * @param out where to write
   */
  public void writePlan(TreatmentPlan plan, int line, OutputStream out) {
    toStream(out, g -> PlanWriter.write(g, plan, Optional.of(line)));
  }

  /**
   * The comparison as one batch answer, with {@code "line"}.
   *
   * @param comparison the comparison
   * @param line the request's line number, 1 for the first
   * @param out where to write; flushed, left open
   */
  public void writeComparison(Comparison comparison, int line, OutputStream out) {
    toStream(out, g -> PlanWriter.write(g, comparison, Optional.of(line)));
  }

  /**
   * The errors as one batch answer, with {@code "line"}.
   *
   * @param error the request's problems
   * @param line the request's line number, 1 for the first
   * @param out where to write; flushed, left open
   */
  public void writeErrors(InvalidRequestException error, int line, OutputStream out) {
    toStream(out, g -> ErrorWriter.write(g, error, Optional.of(line)));
  }

  /**
   * The errors as JSON: {@code {"id": …, "errors": [{"path", "message"}]}}, without {@code id}
   * when unknown.
   *
   * @param error the request's problems
   * @return the JSON text
   */
  public String writeErrors(InvalidRequestException error) {
    return toText(g -> ErrorWriter.write(g, error, Optional.empty()));
  }

  /**
   * As {@link #writeErrors(InvalidRequestException)}, with the request's line in a batch.
   *
   * @param error the request's problems
   * @param line the request's line number, 1 for the first
   * @return the JSON text
   */
  public String writeErrors(InvalidRequestException error, int line) {
    return toText(g -> ErrorWriter.write(g, error, Optional.of(line)));
  }

  private static <T> T orThrow(Optional<T> value, TreeReader reader) {
    if (reader.hasProblems()) {
      throw new InvalidRequestException(reader.problems());
    }
    return value.orElseThrow();
  }

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator generator) throws IOException;
  }

  private static String toText(Body body) {
    StringWriter out = new StringWriter(2048);
    try (JsonGenerator g = TreeParser.FACTORY.createGenerator(out)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void toStream(OutputStream out, Body body) {
    try (JsonGenerator g = TreeParser.FACTORY.createGenerator(out)) {
      body.write(g);
      g.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
