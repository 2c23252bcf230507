package org.liaison.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module direction (web → ejb → domain) and no cycles between capabilities, checked on the compiled classes of
 * all three modules.
 */
@AnalyzeClasses(packages = "org.liaison", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {


    @ArchTest
    static final ArchRule theDomainKnowsNeitherServicesNorPages = noClasses()
            .that().resideInAPackage("org.liaison.domain..")
            .should().dependOnClassesThat(resideInAPackage("org.liaison..")
                    .and(not(resideInAPackage("org.liaison.domain.."))))
            .because("entities and their rules are plain Java + JPA, testable without a container");

    /** liaison-ejb's packages are everything of ours that is neither domain nor web, so a new one is covered. */
    @ArchTest
    static final ArchRule servicesDoNotKnowThePages = noClasses()
            .that().resideInAPackage("org.liaison..")
            .and().resideOutsideOfPackages("org.liaison.domain..", "org.liaison.web..")
            .should().dependOnClassesThat().resideInAPackage("org.liaison.web..")
            .because("the web module depends on the services, never the other way round");

    @ArchTest
    static final ArchRule serviceCapabilitiesHaveNoCycles = slices().matching("org.liaison.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainCapabilitiesHaveNoCycles = slices().matching("org.liaison.domain.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webCapabilitiesHaveNoCycles = slices().matching("org.liaison.web.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule restResourcesGoThroughTheServices = noClasses()
            .that().resideInAPackage("org.liaison.web.api..")
            .should().dependOnClassesThat().haveSimpleName("EntityManager")
            .because("the API speaks DTOs and goes through the services");

    @ArchTest
    static final ArchRule everyEndpointNamesItsRoles = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("org.liaison.web.api..")
            .and().arePublic()
            .and().areAnnotatedWith(jakarta.ws.rs.GET.class)
            .or().areAnnotatedWith(jakarta.ws.rs.POST.class)
            .or().areAnnotatedWith(jakarta.ws.rs.PUT.class)
            .or().areAnnotatedWith(jakarta.ws.rs.DELETE.class)
            .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
            .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
            .because("the API's role check runs before the body is read, and refuses a method that names no roles");

    @ArchTest
    static final ArchRule everyPublicServiceMethodNamesItsRoles = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(jakarta.ejb.Stateless.class)
            .and().arePublic()
            .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
            .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(jakarta.annotation.security.PermitAll.class)
            .because("every service method checks the caller's role (capability.md)");
}
