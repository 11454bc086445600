package org.regimen.examples.sanity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The API documentation says what is public (issue 11), and keeps saying it as code is added: every
 * package of every module has a {@code package-info.java} that places it on one side, and every
 * public type of a public API package carries {@code @since}. Doclint errors are caught by the
 * build itself (the javadoc jar is built in {@code package}); this catches what doclint does not.
 * The list below is the one in core's overview page and docs/java-modules.md.
 */
class ApiDocsTest {
  private static final Path ROOT = Path.of("..");

  private static final Set<String> API_PACKAGES =
      Set.of(
          "org.regimen",
          "org.regimen.error",
          "org.regimen.request",
          "org.regimen.plan",
          "org.regimen.dates",
          "org.regimen.json",
          "org.regimen.catalog",
          "org.regimen.handout",
          "org.regimen.batch",
          "org.regimen.spi",
          "org.regimen.protocol",
          "org.regimen.testing",
          "org.regimen.ical",
          "org.regimen.fhir");

  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "(?m)^public\\s+(?:(?:abstract|final|sealed|non-sealed|strictfp)\\s+)*"
              + "(?:class|interface|enum|record|@interface)\\s+(\\w+)");

  @Test
  void everyPackageSaysWhetherItIsPublicApiOrInternal() throws IOException {
    List<String> wrong = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Path dir : packageDirectories()) {
      String pkg = packageName(dir);
      seen.add(pkg);
      Path info = dir.resolve("package-info.java");
      if (!Files.exists(info)) {
        wrong.add(pkg + ": no package-info.java");
        continue;
      }
      // One line of prose: a phrase may wrap across the comment's lines.
      String text = Files.readString(info, StandardCharsets.UTF_8).replaceAll("\\s*\\n\\s*\\*\\s*", " ");
      boolean saysPublic = text.contains("<b>Public API");
      boolean saysInternal = text.contains("<b>Internal") || text.contains("<b>Not an API");
      if (API_PACKAGES.contains(pkg) && (!saysPublic || saysInternal)) {
        wrong.add(pkg + ": a public API package whose package-info does not say \"<b>Public API\"");
      }
      if (!API_PACKAGES.contains(pkg) && (saysPublic || !saysInternal)) {
        wrong.add(pkg + ": not public API, so its package-info says \"<b>Internal\" or \"<b>Not an API\"");
      }
    }
    assertThat(wrong).as("package-info.java files").isEmpty();
    assertThat(seen).as("the public API packages all exist").containsAll(API_PACKAGES);
  }

  @Test
  void everyPublicApiTypeSaysSinceWhen() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path dir : packageDirectories()) {
      if (!API_PACKAGES.contains(packageName(dir))) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          Matcher type = PUBLIC_TYPE.matcher(text);
          if (type.find() && !text.substring(0, type.start()).contains("@since")) {
            missing.add(packageName(dir) + "." + type.group(1));
          }
        }
      }
    }
    assertThat(missing).as("public API types without @since in their comment").isEmpty();
  }

  /** Every directory with Java sources under a module's src/main/java. */
  private static List<Path> packageDirectories() throws IOException {
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> all = Files.walk(main)) {
          all.filter(Files::isDirectory).filter(ApiDocsTest::holdsJava).forEach(dirs::add);
        }
      }
    }
    assertThat(dirs).as("source packages found under %s", ROOT.toAbsolutePath()).hasSizeGreaterThan(20);
    return dirs;
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      // A source root's module-info.java is no package.
      return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")
          && !f.endsWith("module-info.java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String packageName(Path dir) {
    Path relative = dir;
    while (!relative.getFileName().toString().equals("org")) {
      relative = relative.getParent();
    }
    return relative.getParent().relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), ".");
  }
}
