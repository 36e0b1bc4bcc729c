package be.wallonie.parcours.domain.shared;

/**
 * A request that the rules of the programme refuse in the current state of the records: an illegal transition of a
 * case file, an enrolment with an operator that is not recognised, a second registration of the same person. Each
 * subclass names its refusals with a stable {@link #code()}, so that an adapter maps every refusal once to its problem
 * type. The message says what was refused and why; it never repeats a personal value.
 */
public abstract class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DomainException(String message) {
        super(message);
    }

    /** The stable code of the refusal, such as {@code ENROLMENT_REFUSED.OPERATOR_NOT_RECOGNISED}. */
    public abstract String code();
}
