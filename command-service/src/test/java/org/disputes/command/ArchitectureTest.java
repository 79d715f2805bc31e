package org.disputes.command;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import org.disputes.command.cases.CaseParties;
import org.springframework.web.bind.annotation.RestController;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.disputes.api.CaseEvent;
import org.disputes.api.fraud.CourierEvent;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The command side's shape: the domain knows nothing of the web; the HTTP edge is packaged by feature, each
 * feature's controller sending commands rather than reaching into the case; and no package cycles.
 */
@AnalyzeClasses(packages = "org.disputes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The HTTP edge of each feature; what they share (versions, request shape, problems) is in {@code web}. */
    private static final String[] FEATURE_EDGES = {"org.disputes.command.claims..", "org.disputes.command.evidence..",
            "org.disputes.command.escalation..", "org.disputes.command.fraud.."};
    /** The case's HTTP edges, and the features that keep their own aggregate or tables beside their controller. */
    private static final String[] FEATURES_WITH_CONTROLLERS = {"org.disputes.command.claims..",
            "org.disputes.command.evidence..", "org.disputes.command.escalation..", "org.disputes.command.fraud..",
            "org.disputes.command.scam..", "org.disputes.command.webhooks..", "org.disputes.command.privacy.."};
    private static final String[] HTTP_EDGE = {"org.disputes.command.web..", "org.disputes.command.claims..",
            "org.disputes.command.evidence..", "org.disputes.command.escalation..", "org.disputes.command.fraud..",
            "org.springframework.web..", "org.disputes.platform.web..", "jakarta.validation.."};

    @ArchTest
    static final ArchRule domainKnowsNothingOfTheWeb = noClasses()
            .that().resideInAnyPackage("org.disputes.command.cases..", "org.disputes.command.policy..",
                    "org.disputes.command.adjudication..")
            .should().dependOnClassesThat().resideInAnyPackage(HTTP_EDGE);

    @ArchTest
    static final ArchRule sharedLanguageIsFreeOfSpring = noClasses().that().resideInAPackage("org.disputes.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.validation..");

    @ArchTest
    static final ArchRule controllersLiveInTheirFeature = classes()
            .that().resideInAPackage("org.disputes.command..").and().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage(FEATURES_WITH_CONTROLLERS);

    /** A controller sends commands; of the case it may ask only who its parties are, never touch its insides. */
    @ArchTest
    static final ArchRule featuresSendCommandsRatherThanReachIntoTheCase = noClasses()
            .that().resideInAnyPackage(FEATURE_EDGES)
            .should().dependOnClassesThat(resideInAPackage("org.disputes.command.cases..")
                    .and(not(belongToAnyOf(CaseParties.class))))
            .orShould().dependOnClassesThat().resideInAnyPackage("org.disputes.command.policy..",
                    "org.disputes.command.config..");

    @ArchTest
    static final ArchRule featuresDoNotDependOnEachOther = slices()
            .matching("org.disputes.command.(claims|evidence|escalation|fraud)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule sharedHttpBitsKnowNoFeature = noClasses().that().resideInAPackage("org.disputes.command.web..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURE_EDGES);

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.disputes.command.(*)..").should().beFreeOfCycles();

    /** The adjudication asks the case history through its own port (DecisionSupport); the wiring joins them. */
    @ArchTest
    static final ArchRule adjudicationKnowsNoHistoryNorWiring = noClasses()
            .that().resideInAPackage("org.disputes.command.adjudication..")
            .should().dependOnClassesThat().resideInAnyPackage("org.disputes.command.history..",
                    "org.disputes.command.config..", "org.disputes.command.web..");

    @ArchTest
    static final ArchRule caseHistoryKnowsNoWebNorWiring = noClasses()
            .that().resideInAPackage("org.disputes.command.history..")
            .should().dependOnClassesThat().resideInAnyPackage("org.disputes.command.web..",
                    "org.disputes.command.config..");

    /**
     * An aggregate records only members of the sealed event families ({@code CaseEvent}, {@code CourierEvent}): the
     * one method that calls Axon's {@code AggregateLifecycle.apply} takes such an event, so an event outside the
     * families, which no enumeration test would see, does not compile.
     */
    @ArchTest
    static final ArchRule eventsAreRecordedOnlyAsMembersOfASealedFamily = noClasses()
            .should(new ArchCondition<JavaClass>("call AggregateLifecycle.apply but with a CaseEvent or a CourierEvent") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    for (JavaMethodCall call : type.getMethodCallsFromSelf()) {
                        if (call.getTargetOwner().isEquivalentTo(AggregateLifecycle.class)
                                && call.getName().equals("apply")) {
                            List<JavaClass> parameters = call.getOrigin().getRawParameterTypes();
                            boolean typed = !parameters.isEmpty()
                                    && (parameters.get(0).isAssignableTo(CaseEvent.class)
                                    || parameters.get(0).isAssignableTo(CourierEvent.class));
                            if (!typed) {
                                events.add(SimpleConditionEvent.violated(call, call.getDescription()
                                        + " records an event that is no CaseEvent nor CourierEvent"));
                            }
                        }
                    }
                }
            });
}
