package org.gamepicker.adapter.persistence.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.gamepicker.application.port.in.backup.InvalidBackupException;

/**
 * Bounds what a streaming parser may buffer for one value: fails once more than {@link #limit}
 * bytes were read since the parser last handed over a value ({@link #nextValue}), so a document
 * holding one endless string is refused before it fills the heap.
 */
final class ValueSizeGuard extends FilterInputStream {

  private final long limit;
  private long sinceLastValue;

  ValueSizeGuard(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  /** Called as the parser hands over a value: counting starts again. */
  void nextValue() {
    sinceLastValue = 0;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    count(Math.max(n, 0));
    return n;
  }

  private void count(int n) {
    sinceLastValue += n;
    if (sinceLastValue > limit) {
      throw new InvalidBackupException(
          "The backup holds a value of over "
              + limit / (1024 * 1024)
              + " MiB, more than any column takes");
    }
  }
}
