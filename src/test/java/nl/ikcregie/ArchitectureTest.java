package nl.ikcregie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Feature boundaries: shared depends on no feature, features do not form cycles, no H2. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.ikcregie");

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("nl.ikcregie.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.ikcregie.organisation..", "nl.ikcregie.account..",
                    "nl.ikcregie.home..", "nl.ikcregie.demo..").check(CLASSES);
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("nl.ikcregie.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noFeatureDependsOnTheStartPages() {
        noClasses().that()
            .resideOutsideOfPackage("nl.ikcregie.home..").should().dependOnClassesThat()
            .resideInAPackage("nl.ikcregie.home..").check(CLASSES);
    }

    @Test
    void resourcesDoNotTouchTheDatabaseDirectly() {
        noClasses().that()
            .haveSimpleNameEndingWith("Resource").should().dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager").check(CLASSES);
    }
}
