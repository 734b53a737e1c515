package com.migrainecare.booking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.migrainecare.booking.claim.ClaimedTimeProjection;
import com.migrainecare.booking.claim.HeldTime;
import com.migrainecare.booking.waitlist.WaitlistParties;
import com.migrainecare.platform.access.PathRules;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of STYLE.md, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.migrainecare");

    /** Query services whose names do not say so; the availability search is being rewritten on its own. */
    private static final Set<String> OTHER_QUERY_SERVICES = Set.of("AvailabilityService");

    private static final DescribedPredicate<JavaClass> READ_MODEL_CLASSES = DescribedPredicate.describe(
            "projections and query services",
            type -> isReadModel(outermost(type)) || OTHER_QUERY_SERVICES.contains(outermost(type)));

    @Test
    void sharedKernelIsFreeOfFrameworksButAxonAnnotations() {
        noClasses()
                .that()
                .resideInAPackage("com.migrainecare.kernel..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.bson..", "jakarta..")
                .check(CLASSES);
    }

    @Test
    void aggregatesKnowNothingOfWebOrStorage() {
        classes()
                .that()
                .areAnnotatedWith(Aggregate.class)
                .should()
                .onlyDependOnClassesThat(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.data..",
                        "com.mongodb..",
                        "com.migrainecare.platform.web..")))
                .check(CLASSES);
    }

    @Test
    void domainNeverImportsWeb() {
        noClasses()
                .that()
                .resideInAPackage("com.migrainecare.booking..")
                .and()
                .areNotAnnotatedWith(RestController.class)
                .and()
                .haveSimpleNameNotEndingWith("Controller")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web.bind..", "org.springframework.http..")
                .check(CLASSES);
    }

    @Test
    void controllersReadOnlyTheirOwnCapabilitysProjections() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should(new ArchCondition<>("read only projections of their own capability") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        controller.getDirectDependenciesFromSelf().stream()
                                .map(dependency -> dependency.getTargetClass())
                                .filter(target -> isReadModel(outermost(target)))
                                .filter(target -> !target.getPackageName().equals(controller.getPackageName()))
                                .forEach(target -> events.add(SimpleConditionEvent.violated(
                                        controller, controller.getName() + " reads " + target.getName())));
                    }
                })
                .check(CLASSES);
    }

    @Test
    void onlyProjectionsAndQueriesTouchStoredDocuments() {
        noClasses()
                .that()
                .resideInAPackage("com.migrainecare.booking..")
                .and(DescribedPredicate.not(READ_MODEL_CLASSES))
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(org.bson.Document.class, MongoTemplate.class, MongoOperations.class)
                .because("projections write typed documents and query services return them as views")
                .check(CLASSES);
    }

    /** Care plans build on the other capabilities; nothing of theirs depends on care plans. */
    @Test
    void noCapabilityDependsOnCarePlans() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "com.migrainecare.booking.booking..",
                        "com.migrainecare.booking.client..",
                        "com.migrainecare.booking.chain..",
                        "com.migrainecare.booking.claim..",
                        "com.migrainecare.booking.availability..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.migrainecare.booking.careplan..")
                .check(CLASSES);
    }

    /** No capability reaches another through a chain of imports that leads back to itself. */
    @Test
    void capabilitiesAreFreeOfCycles() {
        slices().matching("com.migrainecare.booking.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    /**
     * Care plans reach other capabilities through their services and ports (BookingService, CareProfiles,
     * AvailabilityService), never their aggregates, projections or the claims table.
     */
    @Test
    void carePlansUseOtherCapabilitiesOnlyThroughTheirServices() {
        noClasses()
                .that()
                .resideInAPackage("com.migrainecare.booking.careplan..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "another capability's aggregate, projection or claims",
                        (JavaClass target) -> !target.getPackageName().startsWith("com.migrainecare.booking.careplan")
                                && target.getPackageName().startsWith("com.migrainecare.booking.")
                                && (target.isAnnotatedWith(Aggregate.class)
                                        || isReadModel(outermost(target))
                                        || target.getPackageName().startsWith("com.migrainecare.booking.claim"))))
                .check(CLASSES);
    }

    /**
     * The waitlist reaches other capabilities through their services and ports (BookingService, SessionDesk,
     * LocationDirectory, ClientDirectory, HeldTime), never their aggregates, projections or the claims table itself;
     * and nothing depends on the waitlist.
     */
    @Test
    void waitlistUsesOtherCapabilitiesOnlyThroughTheirServicesAndPorts() {
        noClasses()
                .that()
                .resideInAPackage("com.migrainecare.booking.waitlist..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "another capability's aggregate, projection or claims table",
                        (JavaClass target) -> !target.getPackageName().startsWith("com.migrainecare.booking.waitlist")
                                && target.getPackageName().startsWith("com.migrainecare.booking.")
                                && (target.isAnnotatedWith(Aggregate.class)
                                        || (isReadModel(outermost(target))
                                                && !target.isEquivalentTo(ClaimedTimeProjection.class))
                                        || (target.getPackageName().startsWith("com.migrainecare.booking.claim")
                                                && !target.isEquivalentTo(HeldTime.class)
                                                && !target.isEquivalentTo(ClaimedTimeProjection.class)))))
                .check(CLASSES);
        noClasses()
                .that()
                .resideOutsideOfPackage("com.migrainecare.booking.waitlist..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "the waitlist's internals (its port WaitlistParties aside)",
                        (JavaClass target) -> target.getPackageName().startsWith("com.migrainecare.booking.waitlist")
                                && !target.getName().startsWith(WaitlistParties.class.getName())))
                .check(CLASSES);
    }

    private static String outermost(JavaClass type) {
        return type.getName().replaceAll(".*\\.", "").replaceAll("\\$.*", "");
    }

    private static boolean isReadModel(String name) {
        return name.endsWith("Projection") || name.endsWith("Queries");
    }

    /** Who may call what is decided by the access gate's rules, in one package, never by annotations here and there. */
    @Test
    void accessIsDecidedOnlyByTheRulesOfTheAccessPackage() {
        noClasses()
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .orShould()
                .dependOnClassesThat()
                .belongToAnyOf(PreAuthorize.class, Secured.class)
                .check(CLASSES);
        classes()
                .that()
                .implement(PathRules.class)
                .should()
                .resideInAPackage("com.migrainecare.booking.access")
                .check(CLASSES);
    }
}
