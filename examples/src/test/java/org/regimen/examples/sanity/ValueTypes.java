package org.regimen.examples.sanity;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.regimen.Regimen;

/** Finds the public value types of core's API packages by reflection, and builds copies of them. */
final class ValueTypes {
  /** The packages a consumer may use (docs/java-modules.md); engines are not listed. */
  static final Set<String> EXPORTED_PACKAGES =
      Set.of(
          "org.regimen",
          "org.regimen.request",
          "org.regimen.plan",
          "org.regimen.dates",
          "org.regimen.protocol",
          "org.regimen.spi",
          "org.regimen.catalog",
          "org.regimen.json",
          "org.regimen.handout",
          "org.regimen.batch");

  /**
   * Value types no request, plan, comparison or protocol of the installed therapies contains, each
   * with why; they still get the static-method null checks through the other types' tests only.
   */
  static final Set<String> NOT_IN_SAMPLES =
      Set.of(
          // A problem comes only with a rejected request, the rule set only with the baseline: roots
          // still to add.
          "org.regimen.ImmutableProblem",
          "org.regimen.protocol.ImmutableRuleSet");

  /**
   * Public methods that accept a null today (found by this test): to be made to reject it with a
   * NullPointerException, then removed from here.
   */
  static final Set<String> KNOWN_NULL_TOLERANT =
      Set.of(
          "org.regimen.protocol.Protocol.courseFor",
          "org.regimen.protocol.Protocol.source",
          "org.regimen.protocol.Protocol.follows",
          "org.regimen.request.Medication.endedBefore");

  private ValueTypes() {}

  /** The public top-level {@code Immutable*} classes of the exported packages, by name. */
  static List<Class<?>> immutableImplementations() throws IOException, URISyntaxException {
    Path location = Path.of(Regimen.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files
            .map(file -> location.relativize(file).toString().replace('\\', '/'))
            .forEach(names::add);
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        jar.stream().map(entry -> entry.getName()).forEach(names::add);
      }
    }
    List<Class<?>> types = new ArrayList<>();
    for (String name : names) {
      if (!name.endsWith(".class") || name.contains("$") || name.endsWith("module-info.class")) {
        continue;
      }
      String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
      int dot = className.lastIndexOf('.');
      String packageName = className.substring(0, dot);
      String simpleName = className.substring(dot + 1);
      if (!EXPORTED_PACKAGES.contains(packageName) || !simpleName.startsWith("Immutable")) {
        continue;
      }
      Class<?> type = load(className);
      if (Modifier.isPublic(type.getModifiers()) && valueType(type) != null) {
        types.add(type);
      }
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  /** The abstract value type an {@code Immutable*} class implements, or null for other classes. */
  static Class<?> valueType(Class<?> type) {
    if (!type.getSimpleName().startsWith("Immutable")) {
      return null;
    }
    String abstractName = type.getSimpleName().substring("Immutable".length());
    Class<?> superclass = type.getSuperclass();
    if (superclass != null && superclass.getSimpleName().equals(abstractName)) {
      return superclass;
    }
    return Arrays.stream(type.getInterfaces())
        .filter(face -> face.getSimpleName().equals(abstractName))
        .findFirst()
        .orElse(null);
  }

  /** Public, non-static, no-argument methods returning a value, declared by the value type. */
  static List<Method> accessors(Class<?> type) {
    Class<?> valueType = valueType(type);
    Class<?> declaring = valueType != null ? valueType : type;
    List<Method> accessors = new ArrayList<>();
    for (Method method : declaring.getMethods()) {
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && method.getReturnType() != void.class
          && method.getDeclaringClass().getName().startsWith("org.regimen.")) {
        accessors.add(method);
      }
    }
    return accessors;
  }

  /** A new builder of {@code implementation}, or null when it has none. */
  static Object builder(Class<?> implementation) throws ReflectiveOperationException {
    try {
      return implementation.getMethod("builder").invoke(null);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /** An equal copy of {@code value} made by the builder ({@code from(value).build()}), else itself. */
  static Object rebuilt(Class<?> implementation, Object value) throws ReflectiveOperationException {
    Object builder = builder(implementation);
    if (builder == null) {
      return value;
    }
    Method from;
    try {
      from = builder.getClass().getMethod("from", valueType(implementation));
    } catch (NoSuchMethodException e) {
      // Immutables leaves from() out when an attribute is itself named 'from' (DateRange,
      // Medication): the equality groups then hold the value alone.
      return value;
    }
    from.invoke(builder, value);
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ValueTypes.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }
}
