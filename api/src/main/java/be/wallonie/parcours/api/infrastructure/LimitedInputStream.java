package be.wallonie.parcours.api.infrastructure;

import be.wallonie.parcours.api.problem.ContentTooLargeException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read through a count of its bytes: past {@code limit}, it fails with a
 * {@link ContentTooLargeException} instead of reading more, so that no more than the limit is ever held.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Runnable onExceeded;
    private long count;

    LimitedInputStream(InputStream body, long limit, Runnable onExceeded) {
        super(body);
        this.limit = limit;
        this.onExceeded = onExceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        // never more than one byte past the limit, whatever the caller's buffer
        int n = super.read(buffer, offset, (int) Math.min(length, limit - count + 1));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws ContentTooLargeException {
        count += n;
        if (count > limit) {
            onExceeded.run();
            throw new ContentTooLargeException(limit);
        }
    }
}
