package com.wealthai.crm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of DESIGN.md, checked on the compiled classes of every module: a wrong import
 * fails the build.
 */
class ModuleBoundariesTest {

    private static final String ROOT = "com.wealthai.crm.";
    private static final String[] FEATURE_MODULES = {"customers", "holdings", "notes", "ai"};

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.wealthai.crm");
    }

    /** The module a class belongs to: the package segment after com.wealthai.crm. */
    private static String moduleOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        String rest = name.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean inApiPackage(JavaClass type, String module) {
        return type.getPackageName().startsWith(ROOT + module + ".api");
    }

    private static final ArchRule ONLY_THROUGH_API = classes().that().resideInAnyPackage(
                        ROOT + "customers..", ROOT + "holdings..", ROOT + "notes..", ROOT + "ai..")
                .should(new ArchCondition<JavaClass>("depend on other feature modules only through their api package") {
                    @Override
                    public void check(JavaClass source, ConditionEvents events) {
                        String own = moduleOf(source);
                        source.getDirectDependenciesFromSelf().forEach(dependency -> {
                            JavaClass target = dependency.getTargetClass();
                            String other = moduleOf(target);
                            if (other == null || other.equals(own) || other.equals("core")) {
                                return;
                            }
                            if (!inApiPackage(target, other)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        });
                    }
                });

    @Test
    void aFeatureModuleUsesOtherModulesOnlyThroughTheirApiPackage() {
        ONLY_THROUGH_API.check(production);
    }

    @Test
    void theBoundaryRuleCatchesAModuleReachingIntoAnothersInternals() {
        JavaClasses leaky = new ClassFileImporter().importClasses(
                com.wealthai.crm.notes.archfixture.LeakyNotesFixture.class,
                com.wealthai.crm.customers.archfixture.CustomerRowFixture.class);

        assertThatThrownBy(() -> ONLY_THROUGH_API.check(leaky))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("LeakyNotesFixture")
                .hasMessageContaining("CustomerRowFixture");
    }

    @Test
    void theAiModuleDependsOnTheCoreAlone() {
        noClasses().that().resideInAPackage(ROOT + "ai..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "customers..", ROOT + "holdings..", ROOT + "notes..")
                .check(production);
    }

    @Test
    void theCoreNamesNoFeatureModule() {
        for (String module : FEATURE_MODULES) {
            noClasses().that().resideInAPackage(ROOT + "core..")
                    .should().dependOnClassesThat().resideInAPackage(ROOT + module + "..")
                    .check(production);
        }
    }

    @Test
    void apiPackagesPublishOnlyInterfacesRecordsEnumsAndExceptions() {
        classes().that().resideInAPackage(ROOT + "*.api..").and().areTopLevelClasses()
                .and().resideOutsideOfPackage(ROOT + "core.api..")
                .should(new ArchCondition<JavaClass>("be an interface, record, enum or exception") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        boolean published = type.isInterface() || type.isRecord() || type.isEnum()
                                || type.isAssignableTo(Exception.class) || type.getSimpleName().equals("package-info");
                        if (!published) {
                            events.add(SimpleConditionEvent.violated(type, type.getName() + " is an implementation class in an api package"));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void apiPackagesDoNotLeanOnTheirModulesInternals() {
        for (String module : FEATURE_MODULES) {
            noClasses().that().resideInAPackage(ROOT + module + ".api..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            ROOT + module + ".domain..", ROOT + module + ".application..", ROOT + module + ".web..", ROOT + module + ".rest..")
                    .allowEmptyShould(true)
                    .check(production);
        }
    }

    @Test
    void backingBeansDoNotTalkToTheDatabase() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(production);
    }

    @Test
    void restResourcesDoNotTalkToTheDatabase() {
        noClasses().that().resideInAPackage("..rest..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(production);
    }
}
