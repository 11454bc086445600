package org.regimen.examples.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regimen.Regimen;
import org.regimen.json.RegimenJson;

/**
 * Regimen on the module path (issue 11): a named consumer module (examples/src/modular) that
 * requires only {@code org.regimen.core} compiles and runs with nothing but Regimen's jars and
 * Jackson on the module path, finds the four treatment modules as services, and plans exactly as on
 * the class path. Core exports only its API packages: the engines stay out of reach (two of them are
 * exported to the contract-test kit alone).
 */
class ModulePathConsumerIT {
  private static final Path EXAMPLES = Path.of(System.getProperty("regimen.examples.dir", "."));
  private static final Path REQUEST = EXAMPLES.resolve("requests/prp-stretch-marks.json");
  private static final String CONSUMER = "org.regimen.examples.modular";

  /** Core's exported packages: the public API the overview page lists. */
  private static final Set<String> API =
      Set.of("org.regimen", "org.regimen.batch", "org.regimen.catalog", "org.regimen.dates",
          "org.regimen.error", "org.regimen.handout", "org.regimen.json", "org.regimen.plan", "org.regimen.protocol",
          "org.regimen.request", "org.regimen.spi");

  @TempDir static Path work;
  private static List<Path> modulePath;

  @BeforeAll
  static void findRegimenAndJackson() {
    modulePath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(Path::of)
            .filter(ModulePathConsumerIT::isRegimenOrJackson)
            .toList();
  }

  /**
   * Core, the four therapies and the calendar export (a reactor's classes folder or a jar), Jackson,
   * and what ical4j requires.
   */
  private static boolean isRegimenOrJackson(Path entry) {
    String path = entry.toString().replace('\\', '/');
    String name = entry.getFileName().toString();
    boolean regimen =
        Stream.of("core", "treatment-prp", "treatment-mesotherapy", "treatment-stemcell", "treatment-plasma", "ical")
            .anyMatch(m -> path.endsWith("/" + m + "/target/classes")
                || (name.startsWith("regimen-" + m + "-") && !name.endsWith("-tests.jar")));
    boolean jackson = name.matches("jackson-(core|databind|annotations)-[0-9].*\\.jar");
    boolean ical4j = name.matches("(ical4j|commons-codec|commons-lang3|slf4j-api|threeten-extra)-[0-9].*\\.jar");
    return regimen || jackson || ical4j;
  }

  @Test
  void theModulePathHoldsRegimenJacksonAndIcal4j() {
    assertThat(modulePath).hasSize(14);
  }

  @Test
  void coreExportsItsApiPackagesOnlyAndEachTherapyProvidesTheService() {
    ModuleFinder finder = ModuleFinder.of(modulePath.toArray(Path[]::new));
    ModuleDescriptor core = finder.find("org.regimen.core").orElseThrow().descriptor();
    assertThat(core.isAutomatic()).isFalse();
    assertThat(core.exports()).filteredOn(e -> !e.isQualified())
        .extracting(ModuleDescriptor.Exports::source).containsExactlyInAnyOrderElementsOf(API);
    // The one exception: two engines for the contract-test kit's checks, and to no other module.
    assertThat(core.exports()).filteredOn(ModuleDescriptor.Exports::isQualified)
        .allSatisfy(e -> assertThat(e.targets()).containsExactly("org.regimen.testkit"))
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("org.regimen.planning", "org.regimen.screening");
    assertThat(core.packages()).contains("org.regimen.screening", "org.regimen.scheduling", "org.regimen.planning",
        "org.regimen.validation", "org.regimen.internal");
    assertThat(core.uses()).containsExactly("org.regimen.spi.TreatmentModule");
    Set<String> therapies = new TreeSet<>();
    for (ModuleReference module : finder.findAll()) {
      ModuleDescriptor d = module.descriptor();
      if (d.name().startsWith("org.regimen.treatment.")) {
        assertThat(d.isAutomatic()).isFalse();
        assertThat(d.exports()).as(d.name() + " exports").isEmpty();
        assertThat(d.provides()).singleElement()
            .satisfies(p -> assertThat(p.service()).isEqualTo("org.regimen.spi.TreatmentModule"));
        therapies.add(d.name());
      }
    }
    ModuleDescriptor ical = finder.find("org.regimen.ical").orElseThrow().descriptor();
    assertThat(ical.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("org.regimen.ical");
    assertThat(therapies).containsExactly("org.regimen.treatment.mesotherapy", "org.regimen.treatment.plasma",
        "org.regimen.treatment.prp", "org.regimen.treatment.stemcell");
  }

  @Test
  void aNamedConsumerFindsTheTherapiesAndPlansAsOnTheClassPath() throws Exception {
    Path classes = compile(EXAMPLES.resolve("src/modular"), work.resolve("consumer"));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--module-path", classes + File.pathSeparator + joined(modulePath),
        "-m", CONSUMER + "/" + CONSUMER + ".ModularMain",
        REQUEST.toString()));
    Path errors = work.resolve("consumer.err");
    Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output + Files.readString(errors)).isZero();

    List<String> lines = output.lines().toList();
    assertThat(lines.get(0)).isEqualTo("module " + CONSUMER);
    assertThat(lines.subList(1, 5)).extracting(l -> l.split(" ")[1])
        .containsExactlyInAnyOrder("prp", "mesotherapy", "stemcell", "plasma");
    RegimenJson json = RegimenJson.create();
    String onTheClassPath =
        json.writePlan(Regimen.load().plan(json.readRequest(Files.readString(REQUEST, StandardCharsets.UTF_8))));
    assertThat(lines.get(5)).isEqualTo(onTheClassPath);
    assertThat(lines.get(6)).isEqualTo("BEGIN:VCALENDAR");
    assertThat(lines).contains("END:VCALENDAR");
  }

  @Test
  void theEnginesAreOutOfReachOfAConsumer() throws IOException {
    Path sources = work.resolve("reaching");
    Files.createDirectories(sources.resolve("reaching"));
    Files.writeString(sources.resolve("module-info.java"), "module reaching { requires org.regimen.core; }\n");
    Files.writeString(sources.resolve("reaching/Reach.java"),
        "package reaching;\npublic class Reach { Object o = new org.regimen.screening.ScreeningEngine(); }\n");
    StringWriter errors = new StringWriter();
    int status = javac(errors, sources, work.resolve("reaching-out"));
    assertThat(status).isNotZero();
    assertThat(errors.toString())
        .contains("package org.regimen.screening is declared in module org.regimen.core, which does not export it");
  }

  private static Path compile(Path sources, Path out) throws IOException {
    StringWriter errors = new StringWriter();
    assertThat(javac(errors, sources, out)).as(errors.toString()).isZero();
    return out;
  }

  private static int javac(StringWriter errors, Path sources, Path out) throws IOException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    // An empty class path: javac in this JVM would otherwise default to the tests' class path.
    Path nothing = Files.createDirectories(work.resolve("empty-class-path"));
    List<String> args = new ArrayList<>(List.of("--release", "17", "--module-path", joined(modulePath),
        "-classpath", nothing.toString(), "-d", out.toString()));
    args.addAll(files);
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    int status = javac.run(null, messages, messages, args.toArray(String[]::new));
    errors.write(messages.toString(StandardCharsets.UTF_8));
    return status;
  }

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
