package org.regimen.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.regimen.request.EventKind;

/**
 * The table of instructions that speak to one concern (exercise, skin products, sun, heat, alcohol),
 * ranked strictest first, and of the pairs that contradict each other; read once from {@code
 * instruction-concerns.json}. Immutable after loading, so every thread shares it.
 */
public final class InstructionConcerns {
  private static final InstructionConcerns STANDARD = load();

  /** A code's concern and its rank there (0 = strictest). */
  public record Ranked(String concern, int rank) {}

  /** What one kind of calendar event meets: these instruction codes, and which healing windows. */
  public record EventConflicts(Set<String> instructions, boolean visibleHealing, boolean harvestHealing) {}

  private final Map<String, Ranked> ranks;
  private final Set<String> contradictions;
  private final Map<EventKind, EventConflicts> events;

  private InstructionConcerns(
      Map<String, Ranked> ranks, Set<String> contradictions, Map<EventKind, EventConflicts> events) {
    this.ranks = Map.copyOf(ranks);
    this.contradictions = Set.copyOf(contradictions);
    this.events = Map.copyOf(events);
  }

  /** What an event of {@code kind} conflicts with. */
  public EventConflicts event(EventKind kind) {
    return events.get(kind);
  }

  public static InstructionConcerns standard() {
    return STANDARD;
  }

  /** The concern and rank of an instruction code; empty for an instruction no other one meets. */
  public Optional<Ranked> ranked(String code) {
    return Optional.ofNullable(ranks.get(code));
  }

  /** Whether the two instruction codes contradict each other (in either order). */
  public boolean contradict(String a, String b) {
    return contradictions.contains(a + "|" + b) || contradictions.contains(b + "|" + a);
  }

  private static InstructionConcerns load() {
    try (InputStream in = InstructionConcerns.class.getResourceAsStream("instruction-concerns.json")) {
      if (in == null) {
        throw new IllegalStateException("instruction-concerns.json is missing from regimen-core");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, Ranked> ranks = new HashMap<>();
      for (JsonNode concern : root.get("concerns")) {
        String name = concern.get("concern").asText();
        int rank = 0;
        for (JsonNode code : concern.get("ranked")) {
          if (ranks.put(code.asText(), new Ranked(name, rank++)) != null) {
            throw new IllegalStateException("instruction-concerns.json: " + code.asText() + " is ranked twice");
          }
        }
      }
      Set<String> contradictions = new HashSet<>();
      for (JsonNode pair : root.get("contradictions")) {
        String first = pair.get("first").asText();
        String second = pair.get("second").asText();
        Ranked a = ranks.get(first);
        Ranked b = ranks.get(second);
        // A contradiction the ranks cannot settle would leave the plan saying both.
        if (a == null || b == null || !a.concern().equals(b.concern()) || a.rank() == b.rank()) {
          throw new IllegalStateException(
              "instruction-concerns.json: " + first + " / " + second + " must be ranked in one concern");
        }
        contradictions.add(first + "|" + second);
      }
      Map<EventKind, EventConflicts> events = new java.util.EnumMap<>(EventKind.class);
      for (EventKind kind : EventKind.values()) {
        JsonNode event = root.get("events").get(kind.name());
        if (event == null) {
          throw new IllegalStateException("instruction-concerns.json: events." + kind + " is missing");
        }
        Set<String> codes = new HashSet<>();
        event.get("instructions").forEach(c -> codes.add(c.asText()));
        events.put(kind, new EventConflicts(Set.copyOf(codes),
            event.get("visibleHealing").asBoolean(), event.get("harvestHealing").asBoolean()));
      }
      return new InstructionConcerns(ranks, contradictions, events);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every contradicting pair, for tests: "first|second". */
  public Set<String> contradictionPairs() {
    return contradictions;
  }

  /** Every ranked code, for tests. */
  public List<String> codes() {
    return List.copyOf(ranks.keySet());
  }
}
