package be.wallonie.parcours.domain.person;

import be.wallonie.parcours.domain.obligation.StudyStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The facts of the person's situation that can dispense from the obligation (CWASS art. 152/7 §3), besides age,
 * permit, nationality and work, which are recorded elsewhere on the person.
 *
 * @param studyStatus        studies or a higher-education teaching post (D5); {@link StudyStatus#NONE} by default
 * @param belgianDiploma     holds a certificate or diploma of Belgian education (D2)
 * @param medicalCertificate a medical certificate shows that following the programme is impossible (D1)
 * @param priorAttestation   holds an attestation of this programme or a similar one (D7)
 */
@Embeddable
public record DispenseFacts(@Enumerated(EnumType.STRING) @Column(name = "study_status") StudyStatus studyStatus,
        @Column(name = "belgian_diploma") boolean belgianDiploma,
        @Column(name = "medical_certificate") boolean medicalCertificate,
        @Column(name = "prior_attestation") boolean priorAttestation) {

    public static final DispenseFacts NONE = new DispenseFacts(StudyStatus.NONE, false, false, false);

    public DispenseFacts {
        studyStatus = studyStatus == null ? StudyStatus.NONE : studyStatus;
    }
}
