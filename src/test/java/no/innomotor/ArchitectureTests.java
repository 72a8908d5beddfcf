package no.innomotor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.data.repository.Repository;

class ArchitectureTests {

    private static final List<Class<? extends Annotation>> TEST_ANNOTATIONS =
            List.of(Test.class, ParameterizedTest.class, RepeatedTest.class, TestFactory.class, TestTemplate.class);

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.innomotor");

    @Test
    void entitiesStayInsideTheirModule() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic().check(classes);
    }

    @Test
    void repositoriesStayInsideTheirModule() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .notBePublic()
                .check(classes);
    }

    /**
     * Surefire runs every test class (its includes are {@code **}{@code /*.java}); the name rule keeps the house
     * convention, so a class of tests can be found by its name as well.
     */
    @Test
    void everyClassWithTestsIsNamedAfterTheConvention() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("no.innomotor");
        classes()
                .that()
                .containAnyMethodsThat(DescribedPredicate.describe(
                        "are tests", method -> TEST_ANNOTATIONS.stream().anyMatch(method::isAnnotatedWith)))
                .and()
                .areTopLevelClasses()
                .should()
                .haveSimpleNameEndingWith("Tests")
                .check(tests);
    }

    @Test
    void webCodeIsNotUsedByTheDomain() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..web..")
                .and()
                .resideOutsideOfPackage("no.innomotor.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("no.innomotor..web..")
                .check(classes);
    }
}
