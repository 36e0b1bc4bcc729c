package be.wallonie.parcours.domain.convention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One version of a convention: the axes it requires, from when, until when, and why it was made. Version 1 is the
 * proposal, then the signed convention; each amendment (<i>avenant</i>) adds the next version.
 */
@Entity
@Table(name = "convention_version")
public class ConventionVersion {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id")
    private Convention convention;
    private int number;
    @ElementCollection
    @CollectionTable(name = "convention_version_axis", joinColumns = @JoinColumn(name = "convention_version_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "axis")
    private Set<Axis> axes = new HashSet<>();
    @Column(name = "effective_on")
    private LocalDate effectiveOn;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Column(name = "reason", columnDefinition = "text")
    private String reason;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ConventionVersion() {
    }

    ConventionVersion(Convention convention, int number, Set<Axis> axes, LocalDate effectiveOn, LocalDate endDate,
            String reason, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.convention = convention;
        this.number = number;
        this.axes.addAll(axes);
        this.effectiveOn = effectiveOn;
        this.endDate = endDate;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The proposal is revised before signature: only version 1 of a proposed convention changes. */
    void revise(Set<Axis> newAxes, LocalDate proposedOn, String by, Instant at) {
        axes.clear();
        axes.addAll(newAxes);
        effectiveOn = proposedOn;
        recordedBy = by;
        recordedAt = at;
    }

    /** The signature fixes the term of version 1. */
    void fixTerm(LocalDate signedOn, LocalDate end) {
        effectiveOn = signedOn;
        endDate = end;
    }

    public UUID id() {
        return id;
    }

    /** From 1. */
    public int number() {
        return number;
    }

    /** The required axes, in the order of {@link Axis}. */
    public Set<Axis> axes() {
        Set<Axis> ordered = EnumSet.noneOf(Axis.class);
        ordered.addAll(axes);
        return Collections.unmodifiableSet(ordered);
    }

    public boolean requires(Axis axis) {
        return axes.contains(axis);
    }

    /** The day of the proposal, then of the signature for version 1; the day an amendment takes effect. */
    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    /** The last day of the convention; {@code null} until it is signed. */
    public LocalDate endDate() {
        return endDate;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConventionVersion other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
