package org.regimen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regimen.Regimen;
import org.regimen.catalog.TreatmentCatalog;
import org.regimen.json.RegimenJson;
import org.regimen.protocol.Baseline;
import org.regimen.protocol.Basis;
import org.regimen.protocol.Coverage;
import org.regimen.protocol.Fact;
import org.regimen.protocol.Protocol;
import org.regimen.protocol.ProtocolBases;
import org.regimen.protocol.Source;
import org.regimen.request.BodyArea;
import org.regimen.spi.ModuleDescriptor;
import org.regimen.spi.SpiVersion;
import org.regimen.spi.TreatmentModule;

/**
 * The tests every treatment module runs: extend it in the module's tests and name the module.
 *
 * <ul>
 *   <li>the module is found by id through {@link java.util.ServiceLoader};
 *   <li>its protocol loads, every value has a declared source, and every quote from a source
 *       document is found, word for word, in that document (kept in the module's test resources
 *       under {@code sources/});
 *   <li>the invariants of docs/design.md hold over generated requests for the module;
 *   <li>the module declares the SPI version it was built for, and the protocol's content changes
 *       only with its version ({@code protocol-versions.json} in the module's test resources).
 * </ul>
 *
 * @since 0.1.0
 */
public abstract class TreatmentModuleContract {
  private static final Regimen REGIMEN = Regimen.load();
  private static final RegimenJson JSON = RegimenJson.create();

  /** {@return the module id under test, e.g. {@code prp}} */
  protected abstract String moduleId();

  /** {@return the module's implementation class} */
  protected abstract Class<? extends TreatmentModule> moduleClass();

  /**
   * {@return the areas generated requests ask for; by default every area, so exclusions are
   * exercised too}
   */
  protected Set<BodyArea> requestableAreas() {
    return EnumSet.allOf(BodyArea.class);
  }

  /** {@return how many generated requests the invariant test plans} */
  protected int generatedRequests() {
    return 400;
  }

  /** {@return the module under test, as the catalog found it} */
  protected final TreatmentModule module() {
    return REGIMEN.catalog().module(moduleId()).orElseThrow(() -> new AssertionError("module not found: " + moduleId()));
  }

  /** {@return the library with every therapy on the class path} */
  protected final Regimen regimen() {
    return REGIMEN;
  }

  @Test
  void isDiscoveredByIdThroughServiceLoader() {
    TreatmentCatalog catalog = TreatmentCatalog.load();
    assertThat(catalog.module(moduleId())).map(Object::getClass).contains(moduleClass());
    ModuleDescriptor descriptor = module().descriptor();
    assertThat(descriptor.id()).isEqualTo(moduleId());
    assertThat(descriptor.protocolVersion()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(descriptor.indications()).isNotEmpty();
    assertThat(descriptor.areas()).isNotEmpty();
  }

  @Test
  void declaresTheSpiVersionItWasBuiltFor() throws NoSuchMethodException {
    assertThat(moduleClass().getMethod("spiVersion").getDeclaringClass())
        .as("%s implements spiVersion() as 'return SpiVersion.CURRENT;'", moduleClass().getName())
        .isEqualTo(moduleClass());
    assertThat(module().spiVersion()).isEqualTo(SpiVersion.CURRENT);
  }

  @Test
  void protocolContentChangesOnlyWithItsVersion() {
    ProtocolVersionRecord.check(module().protocol(), getClass().getClassLoader());
  }

  /** A clinic's variant moves only within these (docs/variants.md); the loader checks they fit. */
  @Test
  void declaresTheSafetyBoundsAVariantStaysWithin() {
    Protocol protocol = module().protocol();
    assertThat(protocol.bounds()).as("%s declares bounds", protocol.id()).isPresent();
    for (var course : protocol.courses()) {
      assertThat(protocol.bounds().get().course(course.id())).as("bounds of course %s", course.id()).isPresent();
    }
  }

  @Test
  void everyProtocolValueHasADeclaredSource() {
    Protocol protocol = module().protocol();
    for (ProtocolBases.Located located : ProtocolBases.bases(protocol)) {
      Basis basis = located.basis();
      assertThat(basis.words()).as(located.path() + ".words").isNotBlank();
      if (!basis.isRegimenDefault()) {
        assertThat(protocol.source(basis.source())).as(located.path() + ".source is declared").isPresent();
      }
    }
  }

  @Test
  void everyQuoteIsFoundInItsSourceDocument() throws IOException {
    Protocol protocol = module().protocol();
    for (ProtocolBases.Located located : ProtocolBases.bases(protocol)) {
      Basis basis = located.basis();
      Optional<String> file = protocol.source(basis.source()).flatMap(Source::file);
      if (file.isEmpty()) {
        continue; // a publication or a Regimen default: nothing to search
      }
      String document = normalise(read("sources/" + file.get()));
      assertThat(document)
          .as("%s quotes words that are not in %s", located.path(), file.get())
          .contains(normalise(basis.words()));
    }
  }

  @Test
  void invariantsHoldForGeneratedRequests() {
    Protocol protocol = module().protocol();
    ModuleDescriptor descriptor = module().descriptor();
    RequestGenerator generator =
        new RequestGenerator(moduleId(), descriptor.indications(), requestableAreas());
    qt().withExamples(generatedRequests())
        .withFixedSeed(20270105L)
        .forAll(generator.requests())
        .checkAssert(request -> PlanInvariants.check(REGIMEN, JSON, protocol, request));
  }

  /** Issue 10: every fact a request can record has a verdict in this therapy, named fact by fact. */
  @Test
  void everyRecordableFactHasAVerdict() {
    SafetyCoverageChecks.everyFactHasAVerdict(module().protocol());
  }

  /**
   * Issue 10, metamorphic: over generated requests, an added fact never loosens the status and, on a
   * patient with nothing adverse recorded, changes the plan unless declared not relevant; forgetting
   * a known value never loosens the status.
   */
  @Test
  void recordedFactsAreJudgedAndNeverLoosenThePlan() {
    Map<Fact, Coverage.Verdict> verdicts = Coverage.verdicts(module().protocol(), Baseline.standard());
    RequestGenerator generator =
        new RequestGenerator(moduleId(), module().descriptor().indications(), requestableAreas());
    qt().withExamples(40)
        .withFixedSeed(20270110L)
        .forAll(generator.requests())
        .checkAssert(
            request -> {
              SafetyMetamorphicChecks.addingAFactNeverLoosens(REGIMEN, request);
              SafetyMetamorphicChecks.everyJudgedFactChangesThePlan(REGIMEN, verdicts, request);
              SafetyMetamorphicChecks.forgettingNeverLoosens(
                  REGIMEN, request, SafetyMetamorphicChecks.Knowledge.checkedHere());
            });
  }

  @Test
  void aCourseInProgressReplaysItsOwnPlan() {
    Protocol protocol = module().protocol();
    RequestGenerator generator =
        new RequestGenerator(moduleId(), module().descriptor().indications(), requestableAreas());
    java.util.concurrent.atomic.AtomicInteger replans = new java.util.concurrent.atomic.AtomicInteger();
    qt().withExamples(generatedRequests() / 4)
        .withFixedSeed(20270113L)
        .forAll(generator.requests())
        .checkAssert(request -> replans.addAndGet(HistoryReplay.check(REGIMEN, protocol, request)));
    // Most generated patients have a finding that defers them; enough must be bookable to replay.
    assertThat(replans.get()).as("re-plans checked").isGreaterThan(generatedRequests() / 20);
  }

  private String read(String resource) throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("source document %s in the module's test resources", resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Whitespace folded, so a quote may span a line break of the document. */
  private static String normalise(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
