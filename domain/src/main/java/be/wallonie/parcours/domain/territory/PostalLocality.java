package be.wallonie.parcours.domain.territory;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A bpost locality: a postal code and a place name, which belong to exactly one commune. */
@Entity
@Table(name = "postal_locality")
public class PostalLocality {

    /** The postal code and the locality name together identify a locality. */
    @Embeddable
    public record Key(@Column(name = "postal_code") String postalCode, String locality) implements Serializable {
    }

    @EmbeddedId
    private Key key;
    @Column(name = "nis_code")
    private String nisCode;
    @Column(name = "main_locality")
    private boolean mainLocality;

    protected PostalLocality() {
    }

    public String postalCode() {
        return key.postalCode();
    }

    public String locality() {
        return key.locality();
    }

    public String nisCode() {
        return nisCode;
    }

    /** The locality that gives the commune its name. */
    public boolean mainLocality() {
        return mainLocality;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostalLocality other && Objects.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
