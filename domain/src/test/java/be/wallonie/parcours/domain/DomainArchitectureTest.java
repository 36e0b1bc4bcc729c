package be.wallonie.parcours.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
