package be.wallonie.parcours.domain.idempotency;

/**
 * What a used idempotency key recorded: the endpoint's template, the SHA-256 of the request, and the answer given.
 *
 * @param endpoint    the endpoint's template, such as {@code POST /enrolments/{id}/attendance}
 * @param requestHash the SHA-256 of the request's target and canonical body, in hexadecimal
 * @param status      the answer's HTTP status
 * @param body        the answer's JSON body, exactly as given
 */
public record IdempotentPosting(String endpoint, String requestHash, int status, String body) {
}
