package fi.kykyverkko.employerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import fi.kykyverkko.testkit.DropIn;
import org.junit.jupiter.api.Test;

/**
 * The claim of the module mechanism: adding this plugin touched nothing outside its folder except its one entry
 * in {@code plugins/pom.xml} and the definitions of the regions that enable it. Documentation (Markdown) may name
 * it as the example; no build, source or configuration file may. Reads the files git knows (tracked, or new and
 * not ignored), as a reviewer of the change would.
 */
class DropInTest {

    private static final Pattern MENTION = Pattern.compile("employer-guide|employerguide|EmployerGuide");

    @Test
    void nothingOutsideThePluginFolderNamesItButItsOneEntryAndTheRegionsThatEnableIt() throws Exception {
        Set<String> mentions = DropIn.filesNaming(Path.of(""), MENTION);
        // the regions that switch it on name it in their definitions (today Lapland and Kymenlaakso)
        mentions.removeIf(name -> name.matches("tenants/[a-z0-9-]+\\.json"));
        assertEquals(Set.of("plugins/pom.xml"), mentions);
    }
}
