package be.wallonie.parcours.api.attestation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import be.wallonie.parcours.domain.attendance.AttendanceLedger;
import be.wallonie.parcours.domain.casefile.CaseFile;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.convention.Convention;
import be.wallonie.parcours.domain.convention.ConventionRepository;
import be.wallonie.parcours.domain.convention.Hours;
import be.wallonie.parcours.domain.operator.Enrolment;
import be.wallonie.parcours.domain.operator.EnrolmentRepository;
import be.wallonie.parcours.domain.operator.OperatorRepository;

/**
 * Hours attended, recorded straight in the ledger as an operator's trainer would post them: for the tests of what
 * follows the hours (the attestation), whose own tests of posting are elsewhere.
 */
@ApplicationScoped
public class AttendedHours {

    private final AttendanceLedger ledger;
    private final EnrolmentRepository enrolments;
    private final ConventionRepository conventions;
    private final OperatorRepository operators;
    private final EntityManager entityManager;

    AttendedHours(AttendanceLedger ledger, EnrolmentRepository enrolments, ConventionRepository conventions,
            OperatorRepository operators, EntityManager entityManager) {
        this.ledger = ledger;
        this.enrolments = enrolments;
        this.conventions = conventions;
        this.operators = operators;
        this.entityManager = entityManager;
    }

    /**
     * Records {@code days} sessions of {@code hoursPerDay} on the file's enrolment on {@code axis}, one a day from
     * {@code from}, and completes the parcours when that was the last axis.
     */
    public void record(String caseFileId, Axis axis, LocalDate from, int days, String hoursPerDay) {
        QuarkusTransaction.requiringNew().run(() -> {
            UUID fileId = UUID.fromString(caseFileId);
            Enrolment enrolment = enrolments.findByCaseFile(fileId).stream()
                    .filter(candidate -> candidate.axis() == axis)
                    .findFirst()
                    .orElseThrow();
            Convention convention = conventions.findByCaseFile(fileId).orElseThrow();
            var operator = operators.findByCode(enrolment.operatorCode()).orElseThrow();
            boolean done = false;
            for (int day = 0; day < days; day++) {
                done = ledger.recordSession(enrolment, operator, convention, from.plusDays(day),
                        Hours.of(hoursPerDay), "formateur.ili", Instant.now()).parcoursDone();
            }
            if (done) {
                ledger.completeParcoursIfDone(convention, "formateur.ili", Instant.now());
            }
            entityManager.lock(entityManager.find(CaseFile.class, fileId),
                    jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        });
    }
}
