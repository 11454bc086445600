package org.regimen.examples.sanity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No module's packages depend on each other in a cycle (issue 11): core reads from the error model
 * at the bottom through the request, plan and protocol models and the engines to the facade at the
 * top, and nothing reaches back up. Read from the compiled classes (every class, descriptor and
 * annotation a class file names), so a reference in code that an import scan would miss counts.
 */
class PackageGraphTest {
  private static final Pattern DESCRIBED_TYPE = Pattern.compile("L(org/regimen/[\\w/$]+)[;<]");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "core",
        "testkit",
        "treatment-prp",
        "treatment-mesotherapy",
        "treatment-stemcell",
        "treatment-plasma",
        "ical",
        "fhir"
      })
  void packagesFormNoCycle(String module) throws IOException {
    Map<String, Set<String>> graph = packageGraph(Path.of("..", module, "target", "classes"));
    assertThat(graph).as(module + ": compiled classes found").isNotEmpty();
    assertThat(cycles(graph)).as(module + ": package cycles").isEmpty();
  }

  @Test
  void theErrorModelDependsOnNoOtherPackage() throws IOException {
    Map<String, Set<String>> graph = packageGraph(Path.of("..", "core", "target", "classes"));
    // The house style (class-retention annotation) is the one thing below the error model.
    assertThat(graph.get("org.regimen.error")).containsOnly("org.regimen.internal");
    assertThat(graph.get("org.regimen.internal")).isEmpty();
    assertThat(graph.get("org.regimen.request")).doesNotContain("org.regimen.plan", "org.regimen");
    assertThat(graph.get("org.regimen.plan")).doesNotContain("org.regimen");
  }

  @Test
  void aCycleIsFound() {
    Map<String, Set<String>> graph =
        Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
    assertThat(cycles(graph)).containsExactly(Set.of("a", "b", "c"));
    assertThat(cycles(Map.of("a", Set.of("b"), "b", Set.of()))).isEmpty();
  }

  /** Package -> the other org.regimen packages its classes name. */
  static Map<String, Set<String>> packageGraph(Path classes) throws IOException {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        if (file.getFileName().toString().equals("module-info.class")) {
          continue;
        }
        String from = packageOf(classes.relativize(file).toString().replace('\\', '/'));
        Set<String> to = graph.computeIfAbsent(from, p -> new TreeSet<>());
        for (String name : namedClasses(file)) {
          String target = packageOf(name);
          if (!target.equals(from)) {
            to.add(target);
          }
        }
      }
    }
    return graph;
  }

  private static String packageOf(String internalName) {
    int slash = internalName.lastIndexOf('/');
    return internalName.substring(0, Math.max(slash, 0)).replace('/', '.');
  }

  /**
   * Every org/regimen class a class file refers to: its constant pool's class entries and every
   * type in a descriptor or signature ({@code Lorg/regimen/...;}). String constants, such as a
   * resource path, are left out: they are not dependencies.
   */
  private static Set<String> namedClasses(Path classFile) throws IOException {
    Set<String> names = new HashSet<>();
    try (InputStream raw = Files.newInputStream(classFile);
        DataInputStream in = new DataInputStream(raw)) {
      in.readInt(); // magic
      in.readUnsignedShort(); // minor
      in.readUnsignedShort(); // major
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      List<Integer> classEntries = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 7 -> classEntries.add(in.readUnsignedShort());
          case 8, 16, 19, 20 -> in.readUnsignedShort();
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++; // a long or double takes two slots
          }
          default -> throw new IOException(classFile + ": constant pool tag " + tag);
        }
      }
      for (int index : classEntries) {
        String name = utf8[index].replaceAll("^\\[*L?|;$", "");
        if (name.startsWith("org/regimen/")) {
          names.add(name);
        }
      }
      for (String text : utf8) {
        Matcher m = text == null ? null : DESCRIBED_TYPE.matcher(text);
        while (m != null && m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  /** The strongly connected components of more than one package (Tarjan). */
  static List<Set<String>> cycles(Map<String, Set<String>> graph) {
    List<Set<String>> found = new ArrayList<>();
    new Object() {
      final Map<String, Integer> index = new TreeMap<>();
      final Map<String, Integer> low = new TreeMap<>();
      final List<String> stack = new ArrayList<>();
      final Set<String> onStack = new HashSet<>();

      void run() {
        for (String node : graph.keySet()) {
          if (!index.containsKey(node)) {
            visit(node);
          }
        }
      }

      void visit(String node) {
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.add(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
          if (!index.containsKey(next)) {
            visit(next);
            low.put(node, Math.min(low.get(node), low.get(next)));
          } else if (onStack.contains(next)) {
            low.put(node, Math.min(low.get(node), index.get(next)));
          }
        }
        if (low.get(node).equals(index.get(node))) {
          Set<String> component = new TreeSet<>();
          String top;
          do {
            top = stack.remove(stack.size() - 1);
            onStack.remove(top);
            component.add(top);
          } while (!top.equals(node));
          if (component.size() > 1) {
            found.add(component);
          }
        }
      }
    }.run();
    return found;
  }
}
