package be.wallonie.parcours.api.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.restassured.RestAssured;

/**
 * HTTP/1.1 over a plain socket, for the requests that clients such as REST Assured refuse to send (a control character
 * in a header, a request line of any length, a chunked body of any size) and the answers they hide (a closed
 * connection).
 */
final class RawHttp {

    /** An answer: its status, headers (names in lower case), body, and whether the server closed the connection. */
    record Answer(int status, Map<String, String> headers, String body, boolean closed) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /** Sends {@code head} (request line and headers, without the blank line) and {@code body}, as they are. */
    static Answer send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(body);
                out.flush();
            } catch (SocketException closedEarly) {
                // the server answered and closed before reading the whole body: read its answer
            }
            return read(socket);
        }
    }

    static Answer send(String head) throws IOException {
        return send(head, new byte[0]);
    }

    /** {@code text} as a chunked body, in chunks of {@code chunk} bytes. */
    static byte[] chunked(String text, int chunk) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int start = 0; start < bytes.length; start += chunk) {
            int length = Math.min(chunk, bytes.length - start);
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes, start, length);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A chunked body of {@code size} bytes of {@code filler}, after {@code prefix}, in chunks of 8 KiB. */
    static byte[] chunked(String prefix, long size, char filler) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
        long left = size;
        boolean first = true;
        while (left > 0) {
            int length = (int) Math.min(8192, left);
            byte[] chunk = new byte[length];
            java.util.Arrays.fill(chunk, (byte) filler);
            if (first) {
                System.arraycopy(start, 0, chunk, 0, Math.min(start.length, length));
                first = false;
            }
            out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(chunk);
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            left -= length;
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static Answer read(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            if (head.size() >= 4 && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        boolean closed;
        socket.setSoTimeout(2_000);
        try {
            closed = in.read() < 0;
        } catch (SocketTimeoutException open) {
            closed = false;
        } catch (SocketException reset) {
            closed = true;
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8), closed);
    }
}
