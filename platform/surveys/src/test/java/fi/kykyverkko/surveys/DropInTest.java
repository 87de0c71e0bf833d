package fi.kykyverkko.surveys;

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
 * The module recipe's claim for this core module (as plugins/employer-guide's DropInTest for a plugin): outside its
 * folder only {@code platform/pom.xml} names it (its module, dependency and tests-jar lines); Markdown may.
 */
class DropInTest {

    private static final Pattern MENTION = Pattern.compile("kykyverkko-surveys|fi\\.kykyverkko\\.surveys|SurveysModule");

    @Test
    void nothingOutsideTheModuleFolderNamesItButPlatformPom() throws Exception {
        Path module = Path.of("").toAbsolutePath();
        Path root = module.getParent().getParent();
        Set<String> mentions = new TreeSet<>();
        List<String> files = gitFiles(root);
        assertFalse(files.isEmpty(), "git listed no files in " + root);
        for (String name : files) {
            Path file = root.resolve(name);
            if (!file.startsWith(module) && !name.endsWith(".md") && Files.isRegularFile(file) && mentions(file)) {
                mentions.add(name);
            }
        }
        assertEquals(Set.of("platform/pom.xml"), mentions);
    }

    private static List<String> gitFiles(Path root) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "--cached", "--others", "--exclude-standard")
                .directory(root.toFile()).redirectErrorStream(true).start();
        List<String> names = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, git.waitFor(), "git ls-files failed: " + names);
        return names;
    }

    private static boolean mentions(Path file) {
        try {
            return MENTION.matcher(Files.readString(file)).find();
        } catch (IOException notText) {
            return false; // images and other binaries cannot name it
        }
    }
}
