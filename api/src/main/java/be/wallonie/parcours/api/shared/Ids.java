package be.wallonie.parcours.api.shared;

import java.util.UUID;

import be.wallonie.parcours.api.problem.ProblemException;

/** Identifiers in paths: one that is not a UUID names nothing, so it answers 404 like an unknown one. */
public final class Ids {

    private Ids() {
    }

    public static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.notFound();
        }
    }
}
