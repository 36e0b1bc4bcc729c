package be.wallonie.parcours.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain is plain Java: the rules of the programme do not depend on a framework, a database or a web layer. */
class DomainArchitectureTest {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.wallonie.parcours.domain");

    @Test
    void domainDoesNotDependOnQuarkusHibernateJaxRsSmallRyeOrJackson() {
        noClasses()
                .that().resideInAPackage("be.wallonie.parcours.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.quarkus..", "org.hibernate..", "jakarta.ws.rs..", "io.smallrye..", "com.fasterxml..")
                .allowEmptyShould(false)
                .check(DOMAIN);
    }

    /** The feature packages depend one way: a person knows nothing of case files, a case file nothing of enrolments. */
    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("be.wallonie.parcours.domain.(*)..")
                .should().beFreeOfCycles()
                .allowEmptyShould(false)
                .check(DOMAIN);
    }

    @Test
    void thePersonAndItsAssessmentsDoNotDependOnTheParcours() {
        noClasses()
                .that().resideInAnyPackage("..domain.person..", "..domain.assessment..", "..domain.obligation..")
                .should().dependOnClassesThat().resideInAnyPackage("..domain.casefile..", "..domain.reception..",
                        "..domain.convention..", "..domain.operator..", "..domain.deadline..")
                .allowEmptyShould(false)
                .check(DOMAIN);
    }
}
