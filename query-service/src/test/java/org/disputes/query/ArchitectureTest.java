package org.disputes.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The query side reads; it never depends on the command side and never sends a command or writes an event. */
@AnalyzeClasses(packages = "org.disputes.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule neverDependsOnTheCommandService = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.disputes.command..");

    @ArchTest
    static final ArchRule neverWritesEventsOrSendsCommands = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.commandhandling.gateway.CommandGateway")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.commandhandling.CommandBus")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.eventhandling.gateway.EventGateway")
            .orShould().callMethod(org.axonframework.eventhandling.EventBus.class, "publish", java.util.List.class);

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.disputes.query.(*)..").should().beFreeOfCycles();
}
