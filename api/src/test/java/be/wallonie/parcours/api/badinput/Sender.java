package be.wallonie.parcours.api.badinput;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import be.wallonie.parcours.api.badinput.BadRequest.HttpCall;

/**
 * Sends a call as it is: the JDK's HTTP client, because it leaves a target such as {@code /persons/%00} or
 * {@code ?page=%C3%28} alone where REST Assured would encode it again. One connection at a time (the suite compares
 * the database before and after each request).
 */
final class Sender {

    /**
     * What came back; {@code status} 0 when nothing did ({@code failure} says why), -1 when the JDK's client refused
     * to send the call (a header value it does not allow): such a call is not counted.
     */
    record Answer(int status, String contentType, byte[] body, String failure) {

        boolean refused() {
            return status >= 400 || status == 0;
        }

        boolean unsent() {
            return status == -1;
        }
    }

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    Sender(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    Answer send(HttpCall call) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.target()))
                    .timeout(Duration.ofSeconds(120))
                    .method(call.method(), call.body() == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(call.body()));
            call.headers().forEach(request::header);
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), null);
        } catch (IllegalArgumentException e) {
            return new Answer(-1, "", new byte[0], e.getMessage());
        } catch (IOException e) {
            return new Answer(0, "", new byte[0], e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
