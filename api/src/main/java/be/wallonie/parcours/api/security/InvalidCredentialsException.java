package be.wallonie.parcours.api.security;

/** A sign-in whose credentials do not hold, and why; answered 401 {@code invalid-credentials}, whatever the reason. */
public class InvalidCredentialsException extends RuntimeException {

    private final SignInRefusal reason;

    InvalidCredentialsException(SignInRefusal reason) {
        super("Invalid credentials: " + reason, null, false, false);
        this.reason = reason;
    }

    public SignInRefusal reason() {
        return reason;
    }
}
