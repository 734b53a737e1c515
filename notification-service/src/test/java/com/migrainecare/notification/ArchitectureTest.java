package com.migrainecare.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.migrainecare.platform.access.PathRules;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of STYLE.md for this service, checked on every build. */
class ArchitectureTest {

    private static final String SERVICE = "com.migrainecare.notification.";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.migrainecare.notification");

    @Test
    void capabilitiesAreFreeOfCycles() {
        slices().matching("com.migrainecare.notification.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void deliveryKnowsNothingOfWhyAMessageIsSent() {
        noClasses()
                .that()
                .resideInAPackage("com.migrainecare.notification.delivery..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "com.migrainecare.notification.reminder..",
                        "com.migrainecare.notification.contact..",
                        "com.migrainecare.notification.session..")
                .check(CLASSES);
    }

    @Test
    void theReminderRulesAreFreeOfFrameworks() {
        noClasses()
                .that()
                .haveSimpleNameStartingWith("ReminderRules")
                .or()
                .haveSimpleName("QuietHours")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "com.mongodb..", "org.axonframework..", "com.github..")
                .check(CLASSES);
    }

    @Test
    void onlyControllersSpeakHttp() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "com.migrainecare.notification.reminder..",
                        "com.migrainecare.notification.contact..",
                        "com.migrainecare.notification.delivery..")
                .and()
                .areNotAnnotatedWith(RestController.class)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "org.springframework.http..")
                .check(CLASSES);
    }

    @Test
    void controllersUseOnlyTheirOwnCapability() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should(new ArchCondition<>("use only classes of their own capability") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        controller.getDirectDependenciesFromSelf().stream()
                                .map(Dependency::getTargetClass)
                                .filter(target -> target.getPackageName().startsWith(SERVICE))
                                .filter(target -> !target.getPackageName().equals(controller.getPackageName()))
                                .forEach(target -> events.add(SimpleConditionEvent.violated(
                                        controller, controller.getName() + " uses " + target.getName())));
                    }
                })
                .check(CLASSES);
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
                .resideInAPackage("com.migrainecare.notification.access")
                .check(CLASSES);
    }
}
