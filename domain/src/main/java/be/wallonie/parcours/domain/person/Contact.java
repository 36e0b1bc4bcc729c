package be.wallonie.parcours.domain.person;

import be.wallonie.parcours.domain.shared.Address;
import be.wallonie.parcours.domain.shared.ViolationCode;
import be.wallonie.parcours.domain.shared.Violations;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * How the CRI reaches the person (<i>coordonnées</i>). Each part is optional: a newcomer may have no fixed address
 * yet, no phone or no e-mail.
 *
 * @param address the postal address, or {@code null}
 * @param phone   a phone number: digits, spaces and {@code + / . ( ) -}, or {@code null}
 * @param email   an e-mail address, or {@code null}
 */
@Embeddable
public record Contact(@Embedded Address address, @Column(name = "phone") String phone,
        @Column(name = "email") String email) {

    public static final Contact NONE = new Contact(null, null, null);

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ./()\\-]{6,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Contact {
        phone = blankToNull(phone);
        email = blankToNull(email);
        Violations violations = new Violations();
        violations.check(phone == null || PHONE.matcher(phone).matches(), "phone", ViolationCode.PHONE_NUMBER);
        violations.check(email == null || EMAIL.matcher(email).matches(), "email", ViolationCode.EMAIL_ADDRESS);
        violations.throwIfAny();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
