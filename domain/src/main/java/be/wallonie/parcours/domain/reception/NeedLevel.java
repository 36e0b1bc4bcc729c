package be.wallonie.parcours.domain.reception;

/** How much support the person needs in one domain of the social review. */
public enum NeedLevel {
    NONE, LOW, MODERATE, HIGH;

    public boolean isANeed() {
        return this != NONE;
    }
}
