package io.github.meanfieldlab.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers, each using only those below it: core ← data ← config ← render ← export, app, cli;
 * session and lesson (files and texts built on configurations) sit on config, used only by app and cli.
 * The mathematics knows nothing of files, the files nothing of drawing, the drawing nothing of windows or the
 * command line. (That core to export also never touch JavaFX is {@link NoJavaFxTest}.)
 */
class LayeringTest {
    private static final String ROOT = "io.github.meanfieldlab";

    private static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("core").definedBy(ROOT + ".core..")
            .layer("data").definedBy(ROOT + ".data..")
            .layer("config").definedBy(ROOT + ".config..")
            .layer("session").definedBy(ROOT + ".session..", ROOT + ".lesson..")
            .layer("render").definedBy(ROOT + ".render..")
            .layer("export").definedBy(ROOT + ".export..")
            .layer("app").definedBy(ROOT + ".app..")
            .layer("cli").definedBy(ROOT + ".cli..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("app").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("session").mayOnlyBeAccessedByLayers("app", "cli")
            .whereLayer("export").mayOnlyBeAccessedByLayers("app", "cli")
            .whereLayer("render").mayOnlyBeAccessedByLayers("export", "app", "cli")
            .whereLayer("config").mayOnlyBeAccessedByLayers("session", "render", "export", "app", "cli")
            .whereLayer("data").mayOnlyBeAccessedByLayers("config", "session", "render", "export", "app", "cli");

    @Test
    void eachPackageUsesOnlyTheLayersBelowIt() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        assertTrue(main.size() > 80, "only " + main.size() + " classes imported");
        LAYERS.check(main);
    }

    @Test
    void theRuleCatchesACoreClassThatUsesAHigherLayer() {
        // The core's tests read the reference fixtures through config: allowed for a test, a violation for the
        // layering of the main code, which the rule must report.
        JavaClasses withTests = new ClassFileImporter().importPackages(ROOT);
        EvaluationResult result = LAYERS.evaluate(withTests);
        assertTrue(result.hasViolation());
        assertFalse(result.getFailureReport().getDetails().isEmpty());
        assertTrue(result.getFailureReport().getDetails().stream().anyMatch(d -> d.contains("ReferenceFixtureTest")),
                result.getFailureReport().toString());
    }
}
