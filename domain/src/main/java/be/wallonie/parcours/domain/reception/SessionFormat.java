package be.wallonie.parcours.domain.reception;

/** How the rights-and-duties information was given. */
public enum SessionFormat {
    INDIVIDUAL, GROUP
}
