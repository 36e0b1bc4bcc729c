package be.wallonie.parcours.domain.shared;

import java.util.HashSet;
import java.util.Locale;
import java.util.Locale.IsoCountryCode;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A country, or a nationality, as an ISO 3166-1 alpha-2 code in upper case ({@code MA}, {@code BE}).
 * <p>
 * Only assigned codes are accepted, plus {@code XK} (Kosovo), a user-assigned code that the European Union and Belgian
 * administrations use for Kosovar nationals.
 */
public record CountryCode(String value) {

    private static final Pattern TWO_UPPER_CASE_LETTERS = Pattern.compile("[A-Z]{2}");
    private static final Set<String> KNOWN = known();

    public static final CountryCode BELGIUM = new CountryCode("BE");
    public static final CountryCode UNITED_KINGDOM = new CountryCode("GB");

    public CountryCode {
        if (value == null) {
            throw new InvalidValueException("", ViolationCode.REQUIRED);
        }
        if (!TWO_UPPER_CASE_LETTERS.matcher(value).matches()) {
            throw new InvalidValueException("", ViolationCode.COUNTRY_CODE);
        }
        if (!KNOWN.contains(value)) {
            throw new InvalidValueException("", ViolationCode.KNOWN_COUNTRY);
        }
    }

    private static Set<String> known() {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(IsoCountryCode.PART1_ALPHA2));
        codes.add("XK");
        return Set.copyOf(codes);
    }

    @Override
    public String toString() {
        return value;
    }
}
