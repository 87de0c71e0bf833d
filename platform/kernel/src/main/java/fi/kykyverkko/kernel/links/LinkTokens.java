package fi.kykyverkko.kernel.links;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The secrets of personal links: a token of 256 random bits (base64url, no padding: 43 characters) and an
 * optional short code of 8 characters to type, from an alphabet without the look-alikes 0/O, 1/I/L. Only their
 * SHA-256 hashes are stored; neither is ever logged.
 */
public final class LinkTokens {

    /** 32 bytes from {@link SecureRandom}: far beyond the 128 bits a guesser would have to cover. */
    public static final int TOKEN_BYTES = 32;
    public static final int TOKEN_LENGTH = 43;
    /** Digits 2–9 and letters A–Z without I, L and O: 31 characters nobody reads as another. */
    public static final String SHORT_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int SHORT_CODE_LENGTH = 8;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{" + TOKEN_LENGTH + "}");
    private static final Pattern SHORT_CODE = Pattern.compile("[" + SHORT_CODE_ALPHABET + "]{" + SHORT_CODE_LENGTH + "}");

    private LinkTokens() {
    }

    public static String newToken(SecureRandom random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A new short code in its stored form (8 characters, no hyphen); {@link #grouped} shows it as {@code K7QX-9MPA}. */
    public static String newShortCode(SecureRandom random) {
        StringBuilder code = new StringBuilder(SHORT_CODE_LENGTH);
        for (int i = 0; i < SHORT_CODE_LENGTH; i++) {
            code.append(SHORT_CODE_ALPHABET.charAt(random.nextInt(SHORT_CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    public static String grouped(String shortCode) {
        return shortCode.substring(0, 4) + "-" + shortCode.substring(4);
    }

    /**
     * What a person typed, in the stored form: upper case, without spaces and hyphens ({@code k7qx 9mpa} →
     * {@code K7QX9MPA}); null when it cannot be a short code at all.
     */
    public static String normalShortCode(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return SHORT_CODE.matcher(code).matches() ? code : null;
    }

    public static boolean isTokenShaped(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** SHA-256 of the text as 64 lower-case hex digits: what the database holds instead of the secret. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
