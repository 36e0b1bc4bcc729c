package be.wallonie.parcours.api.security;

/** The claims that carry a principal's tenant in Parcours access tokens (the role is in {@code groups}). */
public final class Claims {

    public static final String CRI = "cri";
    public static final String OPERATOR = "operator";
    public static final String NIS = "nis";
    public static final String NAME = "name";

    private Claims() {
    }
}
