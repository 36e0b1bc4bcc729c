package be.wallonie.parcours.domain.obligation;

import be.wallonie.parcours.domain.shared.CommuneOfResidence;
import be.wallonie.parcours.domain.shared.NisCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reference data the rules need, read from copies of {@code communes_cri.csv} and {@code country_groups.csv} in
 * the test resources, as the API reads them from its database.
 */
public final class ReferenceDataFixture {

    private static final Map<String, CommuneOfResidence> COMMUNES = rows("communes_cri.csv").stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0],
                    row -> new CommuneOfResidence(new NisCode(row[0]), row[5])));

    private static final Set<String> UE_PLUS = rows("country_groups.csv").stream()
            .filter(row -> row[5].equals("1"))
            .map(row -> row[0])
            .collect(Collectors.toUnmodifiableSet());

    private ReferenceDataFixture() {
    }

    /** EU-27, EEA (IS, LI, NO) and Switzerland. */
    public static CountryGroups countryGroups() {
        return country -> UE_PLUS.contains(country.value());
    }

    /** Finds a commune by its NIS code, as the API's repository does. */
    public static Function<NisCode, Optional<CommuneOfResidence>> communes() {
        return nisCode -> Optional.ofNullable(COMMUNES.get(nisCode.value()));
    }

    private static List<String[]> rows(String file) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ReferenceDataFixture.class.getResourceAsStream("/obligation/" + file), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
