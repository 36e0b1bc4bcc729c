package be.wallonie.parcours.domain.territory;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of the CRI that serves a commune: who decided it, when and why. Never changed once recorded. */
@Entity
@Table(name = "commune_cri_reassignment")
public class CommuneCriReassignment {

    @Id
    private UUID id;
    @Column(name = "nis_code")
    private String nisCode;
    @Column(name = "from_cri")
    private String fromCri;
    @Column(name = "to_cri")
    private String toCri;
    private String reason;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected CommuneCriReassignment() {
    }

    CommuneCriReassignment(String nisCode, String fromCri, String toCri, String reason, String decidedBy,
            Instant decidedAt) {
        if (reason == null || reason.isBlank()) {
            throw new TerritoryException(TerritoryException.Reason.REASON_REQUIRED, nisCode);
        }
        this.id = UUID.randomUUID();
        this.nisCode = Objects.requireNonNull(nisCode);
        this.fromCri = fromCri;
        this.toCri = Objects.requireNonNull(toCri);
        this.reason = reason.strip();
        this.decidedBy = Objects.requireNonNull(decidedBy);
        this.decidedAt = Objects.requireNonNull(decidedAt);
    }

    public UUID id() {
        return id;
    }

    public String nisCode() {
        return nisCode;
    }

    public String fromCri() {
        return fromCri;
    }

    public String toCri() {
        return toCri;
    }

    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommuneCriReassignment other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
