package org.regimen.spi;

import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;
import org.regimen.internal.RegimenStyle;
import org.regimen.protocol.Course;
import org.regimen.protocol.Protocol;
import org.regimen.request.BodyArea;
import org.regimen.request.Indication;

/**
 * What a treatment module offers: its id, name, protocol version, indications and areas.
 *
 * @since 0.1.0
 */
@Value.Immutable
@RegimenStyle
public interface ModuleDescriptor {
  /**
   * The module's id.
   *
   * @return the stable lower-case id used in requests, e.g. {@code prp}
   */
  String id();

  /**
   * The treatment's name.
   *
   * @return the name for people, e.g. {@code Platelet-rich plasma injections}
   */
  String name();

  /**
   * The version of the module's protocol document.
   *
   * @return {@code MAJOR.MINOR.PATCH}, as the protocol states it
   */
  String protocolVersion();

  /**
   * What the module treats.
   *
   * @return the indications of all its courses
   */
  Set<Indication> indications();

  /**
   * Where the module treats.
   *
   * @return the body areas of all its courses
   */
  Set<BodyArea> areas();

  /**
   * The descriptor a protocol implies: the union of its courses' indications and areas.
   *
   * @param protocol a loaded protocol
   * @return its id, name, version, indications and areas
   */
  static ModuleDescriptor of(Protocol protocol) {
    Set<Indication> indications = EnumSet.noneOf(Indication.class);
    Set<BodyArea> areas = EnumSet.noneOf(BodyArea.class);
    for (Course course : protocol.courses()) {
      indications.addAll(course.indications());
      areas.addAll(course.areas());
    }
    return ImmutableModuleDescriptor.builder()
        .id(protocol.id())
        .name(protocol.name())
        .protocolVersion(protocol.version())
        .indications(indications)
        .areas(areas)
        .build();
  }
}
