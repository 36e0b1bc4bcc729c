package be.wallonie.parcours.api.shared;

/**
 * The names of the schemas of the path and header parameters, described once in {@code META-INF/openapi.yaml} and
 * referred to from the resources: {@code @PathParam("id") @Parameter(schema = @Schema(ref = ParameterSchemas.ID))}.
 * Their checks live in code, not in Bean Validation: an id or a code that cannot name a record answers 404 like an
 * unknown one ({@link Ids#uuid}), an unreadable If-Match 412 like a stale one ({@link Versions#expected}).
 */
public final class ParameterSchemas {

    public static final String ID = "Id";
    public static final String OPERATOR_CODE = "OperatorCode";
    public static final String CRI_CODE = "CriCode";
    public static final String NIS_CODE = "NisCode";
    public static final String VERIFICATION_CODE = "VerificationCode";
    public static final String ENTITY_TAG = "EntityTag";

    private ParameterSchemas() {
    }
}
