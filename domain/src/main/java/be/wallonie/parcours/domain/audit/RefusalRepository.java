package be.wallonie.parcours.domain.audit;

/** Where refusals are kept: appended, never changed nor deleted (this port offers no way to). */
public interface RefusalRepository {

    void append(Refusal refusal);
}
