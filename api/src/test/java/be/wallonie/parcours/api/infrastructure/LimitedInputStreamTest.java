package be.wallonie.parcours.api.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.problem.ContentTooLargeException;

class LimitedInputStreamTest {

    /** A body that never ends, counting what is read from it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        AtomicInteger exceeded = new AtomicInteger();
        try (InputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100,
                exceeded::incrementAndGet)) {
            assertThat(in.readAllBytes()).hasSize(100);
        }
        assertThat(exceeded).hasValue(0);
    }

    @Test
    void aBodyPastTheLimitFailsAfterReadingOneByteMoreNeverAWholeBufferMore() {
        Endless body = new Endless();
        AtomicInteger exceeded = new AtomicInteger();
        InputStream in = new LimitedInputStream(body, 1_000, exceeded::incrementAndGet);

        assertThatThrownBy(() -> {
            while (true) {
                in.read(new byte[64 * 1024]);
            }
        }).isInstanceOf(ContentTooLargeException.class)
                .satisfies(e -> assertThat(((ContentTooLargeException) e).limit()).isEqualTo(1_000));
        assertThat(body.read).isEqualTo(1_001);
        assertThat(exceeded).hasValue(1);
    }

    @Test
    void aBodyReadByteByByteIsCountedToo() {
        InputStream in = new LimitedInputStream(new Endless(), 10, () -> {
        });
        assertThatThrownBy(() -> {
            while (true) {
                in.read();
            }
        }).isInstanceOf(ContentTooLargeException.class);
    }
}
