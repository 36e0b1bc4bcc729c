package be.wallonie.parcours.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.lang.annotation.Annotation;
import java.util.List;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.quarkus.security.Authenticated;

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
    void everyEndpointDeclaresWhoMayCallIt() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .and().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class).or().areAnnotatedWith(PUT.class)
                .or().areAnnotatedWith(PATCH.class).or().areAnnotatedWith(DELETE.class)
                .should(declareAccess())
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    private static ArchCondition<JavaMethod> declareAccess() {
        List<Class<? extends Annotation>> access = List.of(RolesAllowed.class, PermitAll.class, DenyAll.class,
                Authenticated.class);
        return new ArchCondition<>("be annotated (or their class) with @RolesAllowed, @PermitAll or @Authenticated") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = access.stream().anyMatch(
                        a -> method.isAnnotatedWith(a) || method.getOwner().isAnnotatedWith(a));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " declares no access"));
                }
            }
        };
    }

    @Test
    void domainDoesNotDependOnTheApi() {
        noClasses().that().resideInAPackage("be.wallonie.parcours.domain..")
                .should().dependOnClassesThat().resideInAPackage("be.wallonie.parcours.api..")
                .allowEmptyShould(false)
                .check(CLASSES);
    }
}
