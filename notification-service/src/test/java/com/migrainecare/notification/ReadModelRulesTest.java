package com.migrainecare.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/** STYLE.md's typed reads: only projections and query services see stored documents. */
class ReadModelRulesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.migrainecare.notification");

    /**
     * Stores whose names do not say so: the reads of the watched sessions keep the name callers use, and the
     * reminder schedule's store makes its state changes as conditional updates, and the planner's sessions are
     * written only by a version at least as new.
     */
    private static final Set<String> OTHER_QUERY_SERVICES = Set.of("WatchedSessions", "Reminders", "PlannedSessions");

    private static final DescribedPredicate<JavaClass> READ_MODEL_CLASSES =
            DescribedPredicate.describe("projections and query services", type -> {
                String name = outermost(type);
                return name.endsWith("Projection") || name.endsWith("Queries") || OTHER_QUERY_SERVICES.contains(name);
            });

    @Test
    void onlyProjectionsAndQueriesTouchStoredDocuments() {
        noClasses()
                .that()
                .resideInAPackage("com.migrainecare.notification..")
                .and(DescribedPredicate.not(READ_MODEL_CLASSES))
                .should()
                .dependOnClassesThat()
                .belongToAnyOf(org.bson.Document.class, MongoTemplate.class, MongoOperations.class)
                .because("projections write typed documents and query services return them as views")
                .check(CLASSES);
    }

    private static String outermost(JavaClass type) {
        return type.getName().replaceAll(".*\\.", "").replaceAll("\\$.*", "");
    }
}
