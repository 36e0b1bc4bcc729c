package be.wallonie.parcours.domain.audit;

import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One change an administrator made to the reference data of access: a staff account created, changed or given a new
 * password, an operator created or changed. Identifiers only: the account's id (never its username or name), the
 * operator's code, and the names of the fields that changed (never their values). Append-only, like {@link AuditEvent}.
 */
@Entity
@Table(name = "administration_event")
public class AdministrationEvent {

    private static final Pattern FIELD_NAMES = Pattern.compile("[A-Za-z]+(,[A-Za-z]+)*");

    /** What was changed. */
    public enum Subject {
        USER_ACCOUNT, OPERATOR
    }

    /** How it was changed. */
    public enum Action {
        CREATE, UPDATE, PASSWORD_RESET
    }

    @Id
    private UUID id;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    private Subject subjectKind;
    @Column(name = "subject_id")
    private String subjectId;
    @Enumerated(EnumType.STRING)
    private Action action;
    @Column(name = "changed_fields")
    private String changedFields;

    protected AdministrationEvent() {
    }

    /**
     * @param actor         the administrator's username
     * @param subjectId     the account's id or the operator's code
     * @param changedFields the names of the fields that changed, joined by commas ({@code role,cri,active}); empty
     *                      when none did or for a password reset
     */
    public AdministrationEvent(Instant occurredAt, String actor, Subject subjectKind, String subjectId, Action action,
            String changedFields) {
        Violations violations = new Violations();
        violations.require(occurredAt, "occurredAt");
        violations.requireText(actor, "actor");
        violations.require(subjectKind, "subjectKind");
        violations.requireText(subjectId, "subjectId");
        violations.require(action, "action");
        violations.check(changedFields == null || changedFields.isEmpty()
                || FIELD_NAMES.matcher(changedFields).matches(), "changedFields",
                ViolationCode.FIELD_NAMES);
        violations.throwIfAny();
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.action = action;
        this.changedFields = changedFields == null ? "" : changedFields;
    }

    public UUID id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Subject subjectKind() {
        return subjectKind;
    }

    public String subjectId() {
        return subjectId;
    }

    public Action action() {
        return action;
    }

    public String changedFields() {
        return changedFields;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdministrationEvent other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
