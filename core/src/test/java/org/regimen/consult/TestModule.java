package org.regimen.consult;

import org.regimen.protocol.Protocol;
import org.regimen.spi.TreatmentModule;

/** A treatment module around a test protocol: what a real module is, minus ServiceLoader. */
final class TestModule implements TreatmentModule {
  private final Protocol protocol;

  TestModule(Protocol protocol) {
    this.protocol = protocol;
  }

  @Override
  public Protocol protocol() {
    return protocol;
  }
}
