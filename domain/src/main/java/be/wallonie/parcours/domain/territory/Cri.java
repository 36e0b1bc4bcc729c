package be.wallonie.parcours.domain.territory;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A Regional Integration Centre (<i>Centre régional d'intégration</i>), CWASS art. 150 ff. It opens the files of the
 * newcomers living in its communes, runs the reception module and issues the attestation.
 */
@Entity
@Table(name = "cri")
public class Cri {

    @Id
    private String code;
    private String name;
    private String seat;
    private String address;
    private String phone;
    private String website;
    private String source;
    @Version
    @Column(nullable = false)
    private long version;

    protected Cri() {
    }

    public Cri(String code, String name, String seat) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.seat = Objects.requireNonNull(seat);
    }

    /** An administrator completes or corrects the public contact details that the self-check shows. */
    public void updateContact(String name, String seat, String address, String phone, String website) {
        this.name = Objects.requireNonNull(name);
        this.seat = Objects.requireNonNull(seat);
        this.address = address;
        this.phone = phone;
        this.website = website;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String seat() {
        return seat;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String website() {
        return website;
    }

    public String source() {
        return source;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cri other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
