package be.wallonie.parcours.domain.obligation;

/** Study or teaching status that dispenses from the programme (dispense D5). */
public enum StudyStatus {
    NONE, REGULAR_STUDENT, EXCHANGE_STUDENT, DOCTORAL_GRANT,
    /** Teacher in a higher-education institution recognised by the Fédération Wallonie-Bruxelles. */
    HIGHER_EDUCATION_TEACHER
}
