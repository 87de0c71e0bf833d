package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import fi.kykyverkko.testkit.DropIn;
import org.junit.jupiter.api.Test;

/**
 * The module recipe's claim for this core module (as a plugin's own drop-in test does for a plugin): outside its
 * folder only {@code platform/pom.xml} names it (its module, dependency and tests-jar lines), besides the modules that
 * declare a dependency on it in their own pom (panels, for its mood instrument); Markdown may.
 */
class DropInTest {

    private static final Pattern MENTION = Pattern.compile("kykyverkko-surveys|fi\\.kykyverkko\\.surveys|SurveysModule");

    @Test
    void nothingOutsideTheModuleFolderNamesItButPlatformPom() throws Exception {
        Set<String> mentions = DropIn.filesNamingOutsideDependents(Path.of(""), MENTION, "kykyverkko-surveys");
        assertEquals(Set.of("platform/pom.xml"), mentions);
    }
}
