package com.migrainecare.booking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of STYLE.md, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.migrainecare");

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

    private static String outermost(JavaClass type) {
        return type.getName().replaceAll(".*\\.", "").replaceAll("\\$.*", "");
    }

    private static boolean isReadModel(String name) {
        return name.endsWith("Projection") || name.endsWith("Queries");
    }
}
