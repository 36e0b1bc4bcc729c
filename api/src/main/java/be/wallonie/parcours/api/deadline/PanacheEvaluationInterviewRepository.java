package be.wallonie.parcours.api.deadline;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import be.wallonie.parcours.domain.deadline.EvaluationInterview;
import be.wallonie.parcours.domain.deadline.EvaluationInterviewRepository;

/** Evaluation interviews in PostgreSQL. Tenancy: reached through a case file the caller may see. */
@ApplicationScoped
public class PanacheEvaluationInterviewRepository
        implements
            EvaluationInterviewRepository,
            PanacheRepositoryBase<EvaluationInterview, UUID> {

    @Override
    public List<EvaluationInterview> findByCaseFile(UUID caseFileId) {
        return find("from EvaluationInterview i where i.caseFile.id = ?1 order by i.heldOn, i.id", caseFileId).list();
    }

    @Override
    public List<EvaluationInterview> findByCaseFiles(Collection<UUID> caseFileIds) {
        return list("from EvaluationInterview i where i.caseFile.id in ?1 order by i.heldOn, i.id", caseFileIds);
    }

    @Override
    public void add(EvaluationInterview interview) {
        persist(interview);
    }
}
