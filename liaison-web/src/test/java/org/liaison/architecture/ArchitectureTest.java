package org.liaison.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
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

    /** liaison-ejb's packages: everything of ours that is neither domain nor web. */
    private static final String[] SERVICES = {"org.liaison.account..", "org.liaison.agency..",
        "org.liaison.agreement..", "org.liaison.audit..", "org.liaison.demo..", "org.liaison.engagement..",
        "org.liaison.facility..", "org.liaison.notification..", "org.liaison.platform..", "org.liaison.relationship..",
        "org.liaison.security.."};

    @ArchTest
    static final ArchRule theDomainKnowsNeitherServicesNorPages = noClasses()
            .that().resideInAPackage("org.liaison.domain..")
            .should().dependOnClassesThat(resideInAPackage("org.liaison..")
                    .and(not(resideInAPackage("org.liaison.domain.."))))
            .because("entities and their rules are plain Java + JPA, testable without a container");

    @ArchTest
    static final ArchRule servicesDoNotKnowThePages = noClasses()
            .that().resideInAnyPackage(SERVICES)
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
}
