package org.regimen.batch;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Asks a running batch to stop after the line it is answering, and lets the asker wait until it
 * has: the answer is written whole and the output flushed. The command-line tool requests it from
 * a shutdown hook (SIGTERM), so a killed batch never leaves half a line. One signal per run.
 *
 * @since 0.1.0
 */
public final class StopSignal {
  private volatile boolean requested;
  private final CountDownLatch finished = new CountDownLatch(1);

  /** Thread-safe; any thread may call it, any number of times. */
  public void request() {
    requested = true;
  }

  /**
   * Whether a stop has been asked for.
   *
   * @return true once {@link #request()} has been called
   */
  public boolean requested() {
    return requested;
  }

  /**
   * Waits until the batch has returned (its last answer written and flushed), at most {@code
   * timeout}: a batch blocked on reading its input never returns by itself, but then everything it
   * answered is already flushed.
   *
   * @param timeout how long to wait at most, not null
   * @return true if the batch returned in time
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public boolean awaitFinished(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  void finished() {
    finished.countDown();
  }
}
