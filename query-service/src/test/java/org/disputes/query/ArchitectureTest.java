package org.disputes.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.eventhandling.EventHandler;
import org.disputes.query.projection.Projection;
import org.disputes.query.projection.Projections;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The query side reads; it never depends on the command side and never sends a command or writes an event. Its
 * packages are its features (cases, queues, couriers, audit, scam contacts, privacy), the projection contract, the rebuild and the wiring.
 */
@AnalyzeClasses(packages = "org.disputes.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] FEATURES = {"org.disputes.query.cases..", "org.disputes.query.queues..",
            "org.disputes.query.couriers..", "org.disputes.query.audit..", "org.disputes.query.scam..",
            "org.disputes.query.privacy.."};

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

    /** The features answer requests and keep their projections; the rebuild uses them, never the other way. */
    @ArchTest
    static final ArchRule featuresDoNotDependOnTheRebuild = noClasses()
            .that().resideInAnyPackage(FEATURES)
            .should().dependOnClassesThat().resideInAPackage("org.disputes.query.rebuild..");

    /** The projection contract knows no feature: it finds every projection as a bean. */
    @ArchTest
    static final ArchRule theProjectionContractKnowsNoFeature = noClasses()
            .that().resideInAPackage("org.disputes.query.projection..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .orShould().dependOnClassesThat().resideInAPackage("org.disputes.query.rebuild..");

    /**
     * Events reach the query side's tables only through the one handler that feeds every {@link Projection}, so no
     * table is kept live that a rebuild would not refill.
     */
    @ArchTest
    static final ArchRule eventsAreHandledOnlyByTheProjections = methods()
            .that().areAnnotatedWith(EventHandler.class)
            .should().beDeclaredIn(Projections.class);

    @ArchTest
    static final ArchRule controllersLiveWithTheirFeature = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage(FEATURES);

    /** {@code config} is wiring only: configuration classes and settings. */
    @ArchTest
    static final ArchRule configIsOnlyWiring = classes()
            .that().resideInAPackage("org.disputes.query.config..").and().areTopLevelClasses()
            .should().beAnnotatedWith(Configuration.class)
            .orShould().beAnnotatedWith(ConfigurationProperties.class);
}
