package org.regimen.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import org.regimen.Regimen;

/**
 * Retained heap of a loaded catalog: used heap after full GCs, before and after {@link
 * Regimen#load()}, the result held strongly. The first load also counts the static state of every
 * class it initialises (the glossary, baseline rules, Jackson's factories); the second load in the
 * same process counts only the second catalog's own objects. Metaspace (class metadata, off the
 * heap) is reported apart.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.regimen.benchmarks.CatalogHeap}
 */
public final class CatalogHeap {
  private CatalogHeap() {}

  public static void main(String[] args) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long heap0 = usedHeapAfterGc(memory);
    long meta0 = metaspace();
    long start = System.nanoTime();
    Regimen first = Regimen.load();
    long loadNanos = System.nanoTime() - start;
    long heap1 = usedHeapAfterGc(memory);
    long meta1 = metaspace();
    Regimen second = Regimen.load();
    long heap2 = usedHeapAfterGc(memory);
    System.out.printf(
        "modules: %s%nfirst load: %.1f ms%nretained heap, first catalog (with class statics): %.2f MB%n"
            + "retained heap, second catalog (its own objects): %.2f MB%nmetaspace added by the first load: %.2f MB%n",
        first.catalog().ids(),
        loadNanos / 1e6,
        (heap1 - heap0) / 1e6,
        (heap2 - heap1) / 1e6,
        (meta1 - meta0) / 1e6);
    Reference.reachabilityFence(first);
    Reference.reachabilityFence(second);
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static long metaspace() {
    long used = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.NON_HEAP && pool.getName().contains("Metaspace")) {
        used += pool.getUsage().getUsed();
      }
    }
    return used;
  }
}
