package fi.kykyverkko.employerguide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
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
        Path plugin = Path.of("").toAbsolutePath();
        Path root = plugin.getParent().getParent();
        Set<String> mentions = new TreeSet<>();
        List<String> files = gitFiles(root);
        assertFalse(files.isEmpty(), "git listed no files in " + root);
        for (String name : files) {
            Path file = root.resolve(name);
            if (!file.startsWith(plugin) && !name.endsWith(".md") && Files.isRegularFile(file) && mentionsPlugin(file)) {
                mentions.add(name);
            }
        }
        // the regions that switch it on name it in their definitions (today Lapland and Kymenlaakso)
        mentions.removeIf(name -> name.matches("tenants/[a-z0-9-]+\\.json"));
        assertEquals(Set.of("plugins/pom.xml"), mentions);
    }

    private static List<String> gitFiles(Path root) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "--cached", "--others", "--exclude-standard")
                .directory(root.toFile()).redirectErrorStream(true).start();
        List<String> names = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, git.waitFor(), "git ls-files failed: " + names);
        return names;
    }

    private static boolean mentionsPlugin(Path file) {
        try {
            return MENTION.matcher(Files.readString(file)).find();
        } catch (IOException notText) {
            return false; // images and other binaries cannot name it
        }
    }
}
