package org.disputes.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The command side's shape: the domain knows nothing of the web, and no package cycles. */
@AnalyzeClasses(packages = "org.disputes", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainKnowsNothingOfTheWeb = noClasses().that().resideInAPackage("org.disputes.command.cases..")
            .should().dependOnClassesThat().resideInAnyPackage("org.disputes.command.web..", "org.springframework.web..",
                    "org.disputes.platform.web..");

    @ArchTest
    static final ArchRule sharedLanguageIsFreeOfSpring = noClasses().that().resideInAPackage("org.disputes.api..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.disputes.command.(*)..").should().beFreeOfCycles();
}
