package be.wallonie.parcours.domain.obligation;

/**
 * The basis of the residence permit (law of 15 December 1980 on access to the territory, stay, settlement and removal
 * of foreign nationals). The values are those of the obligation-check contract.
 * <p>
 * Some types can only be issued for one status and so prove it: see the rules that read them.
 */
public enum PermitType {
    FAMILY_REUNIFICATION, WORK,
    /** Student permit (law of 15 December 1980, art. 58 and following): issued for regular studies. */
    STUDENT, RESEARCHER, REFUGEE, SUBSIDIARY_PROTECTION, REGULARISATION,
    /** Registration as a citizen of a UE+ state (Union citizen registration certificate). */
    EU_REGISTRATION,
    /** Residence card of a family member of a Union citizen (card F), also issued to family members of Belgians. */
    EU_FAMILY,
    /** Temporary protection (card A), law of 15 December 1980, art. 57/29 to 57/36. */
    TEMPORARY_PROTECTION,
    /** Applicant for international protection, holding a temporary authorisation only. */
    PROTECTION_APPLICANT,
    /** Short stay of 3 months or less (visa C or equivalent). */
    SHORT_STAY, OTHER
}
