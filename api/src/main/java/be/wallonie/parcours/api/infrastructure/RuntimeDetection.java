package be.wallonie.parcours.api.infrastructure;

/**
 * Tells a configuration source whether it serves the running application or the build. Quarkus also reads the
 * configuration while it builds the application, and records what it finds there as defaults: a source that starts a
 * server or generates keys must do so only at run time.
 */
public final class RuntimeDetection {

    private static final String GENERATED_RUNTIME_CONFIG = "io.quarkus.runtime.generated.Config";

    private RuntimeDetection() {
    }

    /** True in the running application (its generated configuration class exists), false during the build. */
    public static boolean isApplicationRuntime() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            Class.forName(GENERATED_RUNTIME_CONFIG, false,
                    loader != null ? loader : RuntimeDetection.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
