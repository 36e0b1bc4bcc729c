package be.wallonie.parcours.domain.operator;

import be.wallonie.parcours.domain.convention.Axis;
import be.wallonie.parcours.domain.shared.Address;
import java.util.EnumSet;

/** Recognised operators of the Liège area (fictitious codes and addresses). */
public final class OperatorFixture {

    private OperatorFixture() {
    }

    /** A local integration initiative recognised for citizenship and French. */
    public static Operator iliLiege() {
        return new Operator("ILI-LIEGE-01", "ILI Liège Centre", OperatorKind.ILI,
                EnumSet.of(Axis.CITIZENSHIP, Axis.FRENCH), new Address("Rue de la Cathédrale 5", "4000", "Liège"));
    }

    /** The Forem, recognised for French and socio-professional orientation. */
    public static Operator foremLiege() {
        return new Operator("FOREM-LIEGE", "Forem Liège", OperatorKind.FOREM,
                EnumSet.of(Axis.FRENCH, Axis.SOCIO_PROFESSIONAL), new Address("Rue Natalis 2", "4020", "Liège"));
    }

    /** A CISP recognised for French only. */
    public static Operator cispSeraing() {
        return new Operator("CISP-SERAING", "CISP Seraing", OperatorKind.CISP, EnumSet.of(Axis.FRENCH),
                new Address("Rue Cockerill 10", "4100", "Seraing"));
    }
}
