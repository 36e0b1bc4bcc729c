package be.wallonie.parcours.domain.territory;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An old NIS code (2019 arrondissement reform, 2025 mergers) and the code that replaced it, to read older addresses. */
@Entity
@Table(name = "nis_code_change")
public class NisCodeChange {

    @Id
    @Column(name = "old_nis_code")
    private String oldNisCode;
    @Column(name = "old_name_fr")
    private String oldNameFr;
    @Column(name = "new_nis_code")
    private String newNisCode;
    @Column(name = "valid_from")
    private LocalDate validFrom;

    protected NisCodeChange() {
    }

    public String oldNisCode() {
        return oldNisCode;
    }

    public String oldNameFr() {
        return oldNameFr;
    }

    public String newNisCode() {
        return newNisCode;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NisCodeChange other && oldNisCode.equals(other.oldNisCode);
    }

    @Override
    public int hashCode() {
        return oldNisCode.hashCode();
    }
}
