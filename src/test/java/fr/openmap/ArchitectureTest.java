package fr.openmap;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layers: the JSON API ({@code api}) and the pages ({@code web}) sit on top and call the feature
 * packages below them; nothing below reaches up, and the two top layers do not use each other.
 * The feature packages form no cycle. From the bottom: {@code validation}, {@code storage}, {@code i18n};
 * {@code event}; {@code access}; {@code registration}; {@code requests}; {@code snapshot}; {@code timetable};
 * the features that send mail, through the outbox; {@code eventfile}; then {@code demo}, {@code api}, {@code web}.
 * A feature's subpackages (the solver's moves) belong to it.
 */
@AnalyzeClasses(packages = "fr.openmap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDoesNotReachUp = noClasses()
            .that().resideOutsideOfPackages("fr.openmap.api..", "fr.openmap.web..")
            .should().dependOnClassesThat().resideInAnyPackage("fr.openmap.api..", "fr.openmap.web..");

    @ArchTest
    static final ArchRule featurePackagesFormNoCycle = slices().matching("fr.openmap.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule apiDoesNotUsePages = noClasses()
            .that().resideInAPackage("fr.openmap.api..")
            .should().dependOnClassesThat().resideInAPackage("fr.openmap.web..");

    @ArchTest
    static final ArchRule pagesDoNotUseTheApi = noClasses()
            .that().resideInAPackage("fr.openmap.web..")
            .should().dependOnClassesThat().resideInAPackage("fr.openmap.api..");

    /** The outbox sends any feature's messages and knows none of them: features use it, never the other way round. */
    @ArchTest
    static final ArchRule outboxKnowsNoFeatureThatWritesToIt = noClasses()
            .that().resideInAPackage("fr.openmap.outbox..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "fr.openmap.agenda..", "fr.openmap.pitch..", "fr.openmap.timetable..");
}
