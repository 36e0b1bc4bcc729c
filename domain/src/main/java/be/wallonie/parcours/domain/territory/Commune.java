package be.wallonie.parcours.domain.territory;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A commune of the Walloon Region, identified by its NIS (REFNIS) code, and the CRI that serves it. The nine
 * German-speaking communes have no CRI: the Walloon programme does not apply there (CWASS art. 150, 1°).
 */
@Entity
@Table(name = "commune")
public class Commune {

    @Id
    @Column(name = "nis_code")
    private String nisCode;
    @Column(name = "name_fr")
    private String nameFr;
    private String arrondissement;
    private String province;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cri_code")
    private Cri cri;
    @Column(name = "german_speaking")
    private boolean germanSpeaking;
    @Column(name = "cri_confidence")
    private String criConfidence;
    @Column(name = "alternative_cri_code")
    private String alternativeCriCode;
    @Column(name = "cri_note")
    private String criNote;
    @Version
    private long version;

    protected Commune() {
    }

    /** Whether the Walloon integration programme applies to the people who live here. */
    public boolean isInScope() {
        return !germanSpeaking;
    }

    /**
     * An administrator moves the commune to another CRI (territories change by decree, and 15 Hainaut communes are
     * uncertain). The returned record is kept as the commune's history.
     */
    public CommuneCriReassignment reassignTo(Cri newCri, String reason, String decidedBy, Instant decidedAt) {
        Objects.requireNonNull(newCri, "newCri");
        if (germanSpeaking) {
            throw new TerritoryException(TerritoryException.Reason.GERMAN_SPEAKING_COMMUNE, nisCode);
        }
        if (newCri.equals(cri)) {
            throw new TerritoryException(TerritoryException.Reason.SAME_CRI, nisCode);
        }
        var reassignment = new CommuneCriReassignment(nisCode, cri == null ? null : cri.code(), newCri.code(), reason,
                decidedBy, decidedAt);
        this.cri = newCri;
        this.criConfidence = null;
        return reassignment;
    }

    public String nisCode() {
        return nisCode;
    }

    public String nameFr() {
        return nameFr;
    }

    public String arrondissement() {
        return arrondissement;
    }

    public String province() {
        return province;
    }

    /** The CRI serving this commune; {@code null} for a German-speaking commune. */
    public Cri cri() {
        return cri;
    }

    public boolean germanSpeaking() {
        return germanSpeaking;
    }

    public String criConfidence() {
        return criConfidence;
    }

    public String alternativeCriCode() {
        return alternativeCriCode;
    }

    public String criNote() {
        return criNote;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Commune other && nisCode.equals(other.nisCode);
    }

    @Override
    public int hashCode() {
        return nisCode.hashCode();
    }
}
