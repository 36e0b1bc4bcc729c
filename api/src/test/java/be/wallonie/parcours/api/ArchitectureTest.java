package be.wallonie.parcours.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Resources translate HTTP and call services; only services and adapters touch the repositories. (ArchUnit's core API
 * from plain JUnit tests: its JUnit 5 engine silently runs nothing on the JUnit 6 platform that Quarkus brings.)
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.wallonie.parcours");

    @Test
    void resourcesDoNotUseRepositories() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    @Test
    void domainDoesNotDependOnTheApi() {
        noClasses().that().resideInAPackage("be.wallonie.parcours.domain..")
                .should().dependOnClassesThat().resideInAPackage("be.wallonie.parcours.api..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }
}
