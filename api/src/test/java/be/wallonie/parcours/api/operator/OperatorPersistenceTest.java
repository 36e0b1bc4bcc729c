package be.wallonie.parcours.api.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import be.wallonie.parcours.api.person.PersonFixture;
import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.operator.Operator;
import be.wallonie.parcours.domain.operator.OperatorKind;
import be.wallonie.parcours.domain.operator.OperatorRepository;
import be.wallonie.parcours.domain.shared.Address;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Operators as reference data: the migrated ones, and one an administrator adds, recognises and deactivates. */
@QuarkusTest
class OperatorPersistenceTest {

    @Inject
    OperatorRepository operators;

    @Test
    void theDemoTrainersOperatorsAreReferenceData() {
        inTransaction(() -> {
            Operator ili = operators.findByCode("ILI-LIEGE").orElseThrow();
            assertThat(ili.kind()).isEqualTo(OperatorKind.ILI);
            assertThat(ili.recognisedAxes()).containsExactly(Axis.CITIZENSHIP, Axis.FRENCH);
            assertThat(ili.address().locality()).isEqualTo("Liège");
            assertThat(ili.active()).isTrue();
            assertThat(operators.findByCode("FOREM-LIEGE").orElseThrow().recognisedAxes())
                    .containsExactly(Axis.FRENCH, Axis.SOCIO_PROFESSIONAL);
            assertThat(operators.findByCode("CISP-NAMUR").orElseThrow().recognisedAxes())
                    .containsExactly(Axis.FRENCH);
            assertThat(operators.findByCode("ILI-NAMUR").orElseThrow().recognisedAxes())
                    .containsExactly(Axis.CITIZENSHIP, Axis.FRENCH);
            assertThat(operators.recognisedFor(Axis.SOCIO_PROFESSIONAL)).extracting(Operator::code)
                    .contains("FOREM-LIEGE").doesNotContain("ILI-LIEGE", "CISP-NAMUR");
            assertThat(operators.list(false)).extracting(Operator::code)
                    .contains("CISP-NAMUR", "FOREM-LIEGE", "ILI-LIEGE", "ILI-NAMUR").isSorted();
            return null;
        });
    }

    @Test
    void anAddedOperatorKeepsItsAxesAndAddressAndLeavesTheListsOnceDeactivated() {
        String code = "CISP-" + PersonFixture.uniqueName("T").toUpperCase();
        inTransaction(() -> {
            operators.add(new Operator(code, "Lire et Écrire Verviers", OperatorKind.CISP, EnumSet.of(Axis.FRENCH),
                    new Address("Rue de la Concorde 27", "4800", "Verviers")));
            return null;
        });
        inTransaction(() -> {
            Operator operator = operators.findByCode(code).orElseThrow();
            assertThat(operator.name()).isEqualTo("Lire et Écrire Verviers");
            assertThat(operator.address()).isEqualTo(new Address("Rue de la Concorde 27", "4800", "Verviers"));
            assertThat(operators.recognisedFor(Axis.FRENCH)).extracting(Operator::code).contains(code);
            operator.recognise(Axis.CITIZENSHIP);
            operator.deactivate();
            return null;
        });
        inTransaction(() -> {
            Operator operator = operators.findByCode(code).orElseThrow();
            assertThat(operator.recognisedAxes()).containsExactly(Axis.CITIZENSHIP, Axis.FRENCH);
            assertThat(operator.version()).isPositive();
            assertThat(operators.list(true)).extracting(Operator::code).doesNotContain(code);
            assertThat(operators.list(false)).extracting(Operator::code).contains(code);
            assertThat(operators.recognisedFor(Axis.FRENCH)).extracting(Operator::code).doesNotContain(code);
            return null;
        });
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
