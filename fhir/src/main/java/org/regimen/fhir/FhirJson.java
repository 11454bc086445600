package org.regimen.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.Writer;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * FHIR JSON through HAPI's parser. The R4 context is expensive to build (it scans the model
 * classes), so the cached one is shared; parsers are cheap and not thread-safe, so one per call.
 *
 * @since 0.1.0
 */
public final class FhirJson {
  private FhirJson() {}

  /** {@return the shared R4 context (HAPI's own cache)} */
  public static FhirContext context() {
    return FhirContext.forR4Cached();
  }

  /**
   * {@return {@code resource} as FHIR JSON, pretty-printed}
   *
   * @param resource a FHIR R4 resource, not null
   */
  public static String write(IBaseResource resource) {
    return parser().encodeResourceToString(resource);
  }

  static void write(IBaseResource resource, Writer writer) throws IOException {
    parser().encodeResourceToWriter(resource, writer);
  }

  private static IParser parser() {
    return context().newJsonParser().setPrettyPrint(true);
  }
}
