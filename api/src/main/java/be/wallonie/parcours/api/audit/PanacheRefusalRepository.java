package be.wallonie.parcours.api.audit;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.wallonie.parcours.domain.audit.Refusal;
import be.wallonie.parcours.domain.audit.RefusalRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Refusals in PostgreSQL: appended, never updated nor deleted (the application's role may not, V017). */
@ApplicationScoped
public class PanacheRefusalRepository implements RefusalRepository, PanacheRepositoryBase<Refusal, UUID> {

    @Override
    public void append(Refusal refusal) {
        persist(refusal);
        flush();
    }
}
