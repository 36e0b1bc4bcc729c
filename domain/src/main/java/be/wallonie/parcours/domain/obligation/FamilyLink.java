package be.wallonie.parcours.domain.obligation;

/** The family link that the residence permit rests on. */
public enum FamilyLink {
    NONE,
    /** Family member of a citizen of a UE+ state within Directive 2004/38/EC, the EEA or the EU–Swiss agreement. */
    UE_PLUS_CITIZEN,
    /** Family member of a Belgian (who never used free movement: not covered by Directive 2004/38/EC). */
    BELGIAN,
    /** Family member whose stay depends on a beneficiary of temporary protection (CRWASS art. 238/3, 2°). */
    TEMPORARY_PROTECTION_BENEFICIARY, THIRD_COUNTRY_NATIONAL
}
