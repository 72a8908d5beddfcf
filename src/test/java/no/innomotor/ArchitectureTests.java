package no.innomotor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

class ArchitectureTests {

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
