package org.regimen.request;

/**
 * An aesthetic or surgical procedure the patient had: what a clinic asks
 * at intake because work in the same area must wait for it, or avoid it.
 *
 * @since 0.1.0
 */
public enum ProcedureKind {
  /** A dermal filler injected into the area (hyaluronic acid or another filler). */
  FILLER,
  /** A botulinum neurotoxin injected into the area. */
  NEUROTOXIN,
  /** Any laser or intense-light treatment of the area, ablative or not. */
  LASER,
  /** A chemical peel of the area. */
  CHEMICAL_PEEL,
  /** Microneedling of the area (collagen induction). */
  MICRONEEDLING,
  /** Radiofrequency tightening, with or without needles ("RF lifting"). */
  RADIOFREQUENCY,
  /** Threads placed under the skin (a thread lift, "mesothreads"). */
  THREAD_LIFT,
  /** Surgery in the area (an incision or excision; not liposuction). */
  SURGERY,
  /** Liposuction in the area; any liposuction also matters for a fat harvest. */
  LIPOSUCTION,
  /** A tattoo in the area, whenever it was made; needles may carry its ink deeper. */
  TATTOO
}
