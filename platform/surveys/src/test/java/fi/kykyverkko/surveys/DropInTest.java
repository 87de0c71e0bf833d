package fi.kykyverkko.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import fi.kykyverkko.testkit.DropIn;
import org.junit.jupiter.api.Test;

/**
 * The module recipe's claim for this core module (as a plugin's own drop-in test does for a plugin): outside its
 * folder only {@code platform/pom.xml} names it (its module, dependency and tests-jar lines); Markdown may.
 */
class DropInTest {

    private static final Pattern MENTION = Pattern.compile("kykyverkko-surveys|fi\\.kykyverkko\\.surveys|SurveysModule");

    @Test
    void nothingOutsideTheModuleFolderNamesItButPlatformPom() throws Exception {
        Set<String> mentions = DropIn.filesNaming(Path.of(""), MENTION);
        assertEquals(Set.of("platform/pom.xml"), mentions);
    }
}
