package be.wallonie.parcours.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import io.quarkus.security.Authenticated;

import be.wallonie.parcours.api.demo.DemoCaseFiles;

/**
 * Resources translate HTTP and call services; only services and adapters touch the repositories; only the adapters
 * touch the {@link EntityManager}. (ArchUnit's core API from plain JUnit tests: its JUnit 5 engine silently runs
 * nothing on the JUnit 6 platform that Quarkus brings.)
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

    /**
     * The one class besides the adapters that may use the {@link EntityManager}: the demo generator writes thousands of
     * rows at start in dev mode, in batches of its own, and is never part of a request (docs/demo-data.md).
     */
    static final Set<Class<?>> ENTITY_MANAGER_EXCEPTIONS = Set.of(DemoCaseFiles.class);

    /**
     * Queries live behind the domain's repository ports: a service asks {@code persons.search(criteria, cri, paging)},
     * never {@code entityManager.createQuery(...)}. Only the adapters ({@code PanacheXRepository}, and the nested
     * classes of one) and the named exceptions use the {@link EntityManager} or Hibernate's sessions. Stated over the
     * classes that do use them, so that the rule fails if none is found (it would then check nothing).
     */
    @Test
    void onlyTheAdaptersUseTheEntityManager() {
        classes().that(useTheEntityManager())
                .should(beAnAdapterOrANamedException())
                .allowEmptyShould(false)
                .check(CLASSES);
    }

    private static DescribedPredicate<JavaClass> useTheEntityManager() {
        List<Class<?>> sessions = List.of(EntityManager.class, Session.class, StatelessSession.class);
        return DescribedPredicate.describe("use the EntityManager or a Hibernate session",
                javaClass -> javaClass.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> sessions.stream()
                                .anyMatch(session -> dependency.getTargetClass().isAssignableTo(session))));
    }

    private static ArchCondition<JavaClass> beAnAdapterOrANamedException() {
        return new ArchCondition<>("be a Panache* adapter or one of " + ENTITY_MANAGER_EXCEPTIONS) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                JavaClass topLevel = javaClass;
                while (topLevel.getEnclosingClass().isPresent()) {
                    topLevel = topLevel.getEnclosingClass().get();
                }
                JavaClass owner = topLevel;
                boolean allowed = owner.getSimpleName().startsWith("Panache")
                        || ENTITY_MANAGER_EXCEPTIONS.stream().anyMatch(owner::isEquivalentTo);
                if (!allowed) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                            + " uses the EntityManager: put its queries behind a repository port"));
                }
            }
        };
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
