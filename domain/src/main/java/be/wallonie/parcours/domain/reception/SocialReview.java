package be.wallonie.parcours.domain.reception;

import be.wallonie.parcours.domain.shared.Violations;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;

/**
 * The social review (<i>bilan social</i>) of the reception module: the person's needs in each
 * {@linkplain NeedDomain domain}, free notes, and whether the person should be oriented towards socio-professional
 * integration (which puts that axis in the convention). It goes through every domain: a domain without a need is
 * recorded as {@link NeedLevel#NONE}.
 */
@Entity
@Table(name = "social_review")
public class SocialReview {

    @Id
    private UUID id;
    @Column(name = "conducted_on")
    private LocalDate conductedOn;
    @ElementCollection
    @CollectionTable(name = "social_review_need", joinColumns = @JoinColumn(name = "social_review_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "domain")
    private Map<NeedDomain, Need> needs = new HashMap<>();
    @Column(name = "notes", columnDefinition = "text")
    private String notes;
    @Column(name = "recommends_socio_professional_orientation")
    private boolean recommendsSocioProfessionalOrientation;

    protected SocialReview() {
    }

    /**
     * @param needs one need per domain, every domain included
     */
    public SocialReview(LocalDate conductedOn, Map<NeedDomain, Need> needs, String notes,
            boolean recommendsSocioProfessionalOrientation) {
        Violations violations = new Violations();
        violations.require(conductedOn, "conductedOn");
        violations.require(needs, "needs");
        if (needs != null) {
            for (NeedDomain domain : NeedDomain.values()) {
                violations.require(needs.get(domain), "needs." + domain);
            }
        }
        violations.throwIfAny();
        this.id = UUID.randomUUID();
        this.conductedOn = conductedOn;
        this.needs.putAll(needs);
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.recommendsSocioProfessionalOrientation = recommendsSocioProfessionalOrientation;
    }

    public UUID id() {
        return id;
    }

    public LocalDate conductedOn() {
        return conductedOn;
    }

    public Need need(NeedDomain domain) {
        return needs.get(domain);
    }

    /** Every domain and its need, in the order of {@link NeedDomain}. */
    public Map<NeedDomain, Need> needs() {
        return Collections.unmodifiableMap(new EnumMap<>(needs));
    }

    /** The domains where the person needs support. */
    public Set<NeedDomain> domainsInNeed() {
        return needs.entrySet().stream()
                .filter(entry -> entry.getValue().level().isANeed())
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NeedDomain.class)));
    }

    public String notes() {
        return notes;
    }

    /** Whether the review orients the person towards socio-professional integration (axis 4 of the convention). */
    public boolean recommendsSocioProfessionalOrientation() {
        return recommendsSocioProfessionalOrientation;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SocialReview other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
