package fi.kykyverkko.portal.probes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The strings stored in each region's schema, read straight from MariaDB: every text column of every table, whatever
 * module made it. A string that one region holds and another does not is that region's own data; if it shows up in
 * an answer given to the other region's people, data crossed regions. No module has to name its tables for this.
 */
final class RegionStrings {

    /** Shorter strings are too likely to occur by chance (a place name inside a longer one). */
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 200;
    private static final Pattern ENUM_LIKE = Pattern.compile("[A-Z0-9_]+");
    private static final Pattern NO_WORDS = Pattern.compile("[0-9:T.\\-+Z /]+");
    private static final Pattern HEX_OR_TOKEN = Pattern.compile("[A-Za-z0-9_\\-+/=]{20,}");
    /** Lower-case codes ("six-months", "aamukahvit") are mostly the code's own constants, shown alike everywhere. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The platform's own schema: region names, municipalities and definitions every platform admin may see. */
    static final String PLATFORM = "platform";

    /** A string and where it was found, to say where a leak came from. */
    record Origin(String region, String table, String column) {
    }

    private final Map<String, Set<String>> all = new HashMap<>();
    private final Map<String, Map<String, Origin>> candidates = new HashMap<>();
    private final Map<String, Long> maxIds = new HashMap<>();

    static RegionStrings read(String jdbcUrl, String user, String password, List<String> regions) throws SQLException {
        RegionStrings strings = new RegionStrings();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            for (String region : regions) {
                strings.readRegion(c, region, "tenant_" + region.replace('-', '_'));
            }
            strings.readRegion(c, PLATFORM, PLATFORM);
        }
        strings.all.put(SHIPPED, shippedTexts());
        return strings;
    }

    /**
     * The portal's own texts: every value of every translation bundle ({@code i18n/*.properties}) on the class path.
     * A region may store one of them as its data (a series titled "Konsultaatiotunti"), and every region's views show
     * them; they are nobody's data.
     */
    static Set<String> shippedTexts() {
        Set<String> texts = new HashSet<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            java.nio.file.Path path = java.nio.file.Path.of(entry);
            try {
                if (java.nio.file.Files.isDirectory(path.resolve("i18n"))) {
                    try (var files = java.nio.file.Files.list(path.resolve("i18n"))) {
                        for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                            load(java.nio.file.Files.newInputStream(file), texts);
                        }
                    }
                } else if (entry.endsWith(".jar") && java.nio.file.Files.isRegularFile(path)) {
                    try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(path.toFile())) {
                        for (var e : java.util.Collections.list(jar.entries())) {
                            if (e.getName().startsWith("i18n/") && e.getName().endsWith(".properties")) {
                                load(jar.getInputStream(e), texts);
                            }
                        }
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return texts;
    }

    private static void load(java.io.InputStream in, Set<String> texts) throws java.io.IOException {
        try (var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            java.util.Properties p = new java.util.Properties();
            p.load(reader);
            p.values().forEach(v -> texts.add(v.toString()));
        }
    }

    private static final String SHIPPED = "(the portal's texts)";

    private void readRegion(Connection c, String region, String schema) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        List<String> idTables = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT table_name, column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = ? ORDER BY table_name, ordinal_position")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(3).toLowerCase();
                    if (type.contains("char") || type.contains("text")) {
                        columns.add(new String[] {rs.getString(1), rs.getString(2)});
                    } else if (rs.getString(2).equalsIgnoreCase("id") && type.contains("int")) {
                        idTables.add(rs.getString(1));
                    }
                }
            }
        }
        Set<String> values = all.computeIfAbsent(region, r -> new HashSet<>());
        Map<String, Origin> mine = candidates.computeIfAbsent(region, r -> new HashMap<>());
        try (Statement st = c.createStatement()) {
            for (String[] column : columns) {
                try (ResultSet rs = st.executeQuery("SELECT DISTINCT `" + column[1] + "` FROM `" + schema + "`.`" + column[0]
                        + "` WHERE CHAR_LENGTH(`" + column[1] + "`) BETWEEN 1 AND " + MAX_LENGTH)) {
                    while (rs.next()) {
                        String value = rs.getString(1).strip();
                        values.add(value);
                        if (distinctive(value)) {
                            mine.putIfAbsent(value, new Origin(region, column[0], column[1]));
                        }
                    }
                }
            }
            long max = 0;
            for (String table : idTables) {
                try (ResultSet rs = st.executeQuery("SELECT MAX(id) FROM `" + schema + "`.`" + table + "`")) {
                    if (rs.next()) {
                        max = Math.max(max, rs.getLong(1));
                    }
                }
            }
            maxIds.put(region, max);
        }
    }

    /** Whether a stored value is specific enough to recognise in an answer: words, not codes, flags or hashes. */
    static boolean distinctive(String value) {
        return value.length() >= MIN_LENGTH && value.codePoints().anyMatch(Character::isLetter)
                && !ENUM_LIKE.matcher(value).matches() && !NO_WORDS.matcher(value).matches()
                && !HEX_OR_TOKEN.matcher(value).matches() && !SLUG.matcher(value).matches()
                && value.chars().noneMatch(ch -> ch == '"' || ch == '\\' || ch == '<' || ch == '>' || ch == '&' || ch < 0x20);
    }

    /**
     * What {@code other} holds that none of {@code own} (nor the platform) does, not even inside a longer text and in
     * any case ("Kari Salo" is not another region's when a region of one's own has "Kari Salonen"): seeing one of these
     * as a person of {@code own} is a leak.
     */
    Map<String, Origin> onlyIn(String other, Set<String> own) {
        return onlyIn.computeIfAbsent(other + " " + new java.util.TreeSet<>(own), key -> compute(other, own));
    }

    private final Map<String, Map<String, Origin>> onlyIn = new java.util.concurrent.ConcurrentHashMap<>();

    private Map<String, Origin> compute(String other, Set<String> own) {
        Map<String, Origin> result = new HashMap<>();
        candidates.getOrDefault(other, Map.of()).forEach((value, origin) -> result.put(value.toLowerCase(java.util.Locale.ROOT), origin));
        Markers lowerCase = new Markers(result.keySet());
        Set<String> regions = new java.util.HashSet<>(own);
        regions.add(PLATFORM);
        regions.add(SHIPPED);
        for (String region : regions) {
            for (String value : all.getOrDefault(region, Set.of())) {
                result.keySet().removeAll(lowerCase.foundIn(value.toLowerCase(java.util.Locale.ROOT)));
            }
        }
        Map<String, Origin> kept = new HashMap<>();
        candidates.getOrDefault(other, Map.of()).forEach((value, origin) -> {
            if (result.containsKey(value.toLowerCase(java.util.Locale.ROOT))) {
                kept.put(value, origin);
            }
        });
        return kept;
    }

    /** The highest id of any table in the region: an id that region has and a smaller one may not. */
    long maxId(String region) {
        return maxIds.getOrDefault(region, 1L);
    }
}
