package fi.kykyverkko.testkit;

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

/**
 * The module recipe's claim, checked as a reviewer of the change would: which files outside a module's folder
 * name it. Reads the files git knows (tracked, or new and not ignored); Markdown may name a module as an example.
 */
public final class DropIn {

    private DropIn() {
    }

    /**
     * The repository paths outside {@code folder} (the module's directory, two levels below the repository root:
     * {@code platform/x} or {@code plugins/x}) whose text matches {@code mention}, Markdown left out.
     */
    public static Set<String> filesNaming(Path folder, Pattern mention) throws IOException, InterruptedException {
        Path module = folder.toAbsolutePath();
        Path root = module.getParent().getParent();
        List<String> files = gitFiles(root);
        assertFalse(files.isEmpty(), "git listed no files in " + root);
        Set<String> naming = new TreeSet<>();
        for (String name : files) {
            Path file = root.resolve(name);
            if (!file.startsWith(module) && !name.endsWith(".md") && Files.isRegularFile(file) && mentions(file, mention)) {
                naming.add(name);
            }
        }
        return naming;
    }

    /**
     * As {@link #filesNaming}, leaving out the files of other modules that declare a Maven dependency on
     * {@code artifactId} in their own {@code pom.xml}: a module may build on another (panels on the surveys' instruments)
     * without anything central naming either. What is left is what the drop-in claim forbids.
     */
    public static Set<String> filesNamingOutsideDependents(Path folder, Pattern mention, String artifactId) throws IOException, InterruptedException {
        Path root = folder.toAbsolutePath().getParent().getParent();
        Pattern dependency = Pattern.compile("<artifactId>" + Pattern.quote(artifactId) + "</artifactId>");
        Set<String> naming = new TreeSet<>();
        for (String name : filesNaming(folder, mention)) {
            String[] parts = name.split("/");
            boolean inModule = parts.length > 2 && (parts[0].equals("platform") || parts[0].equals("plugins"));
            Path pom = inModule ? root.resolve(parts[0]).resolve(parts[1]).resolve("pom.xml") : null;
            if (pom == null || !Files.isRegularFile(pom) || !mentions(pom, dependency)) {
                naming.add(name);
            }
        }
        return naming;
    }

    private static List<String> gitFiles(Path root) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "--cached", "--others", "--exclude-standard")
                .directory(root.toFile()).redirectErrorStream(true).start();
        List<String> names = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, git.waitFor(), "git ls-files failed: " + names);
        return names;
    }

    private static boolean mentions(Path file, Pattern mention) {
        try {
            return mention.matcher(Files.readString(file)).find();
        } catch (IOException notText) {
            return false; // images and other binaries cannot name it
        }
    }
}
