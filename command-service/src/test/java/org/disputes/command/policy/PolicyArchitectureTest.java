package org.disputes.command.policy;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.time.Clock;
import java.time.Instant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The policy is pure Java: exhaustively table-tested, and the same facts always give the same decision. */
@AnalyzeClasses(packages = "org.disputes.command.policy", importOptions = ImportOption.DoNotIncludeTests.class)
class PolicyArchitectureTest {

    @ArchTest
    static final ArchRule dependsOnNoSpringAndNoAxon = noClasses()
            .that().resideInAPackage("org.disputes.command.policy..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..");

    @ArchTest
    static final ArchRule dependsOnNothingElseOfTheCommandService = noClasses()
            .that().resideInAPackage("org.disputes.command.policy..")
            .should().dependOnClassesThat().resideInAnyPackage("org.disputes.command.cases..",
                    "org.disputes.command.config..", "org.disputes.command.web..", "org.disputes.command.adjudication..",
                    "org.disputes.command.history..", "org.disputes.command.couriers..");

    @ArchTest
    static final ArchRule readsNoClock = noClasses()
            .that().resideInAPackage("org.disputes.command.policy..")
            .should().callMethod(Instant.class, "now")
            .orShould().dependOnClassesThat().areAssignableTo(Clock.class);
}
