package fi.kykyverkko.kernel.privacy;

import fi.kykyverkko.kernel.tenancy.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps identity codes unreadable at rest. {@link #seal} encrypts a code with AES-GCM for one region (the region is
 * authenticated with it, so a sealed code copied into another region's schema does not open); {@link #lookupKey}
 * gives the keyed hash (HMAC-SHA-256) a code is found by, also per region, so the same person in two regions cannot
 * be matched from the tables.
 *
 * <p>The key comes from {@code kyky.data-key} (KYKY_DATA_KEY): a secret of at least 32 characters. The embedded stack
 * generates one per installation and keeps it in its data directory; losing it loses every sealed code.
 */
@ApplicationScoped
public class IdentityCodeVault {

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private SecretKeySpec encryption;
    private SecretKeySpec lookup;

    @Inject
    @ConfigProperty(name = "kyky.data-key")
    Optional<String> secret;

    public IdentityCodeVault() {
    }

    /** A vault on {@code secret} outside CDI (tests, tools). */
    public static IdentityCodeVault withSecret(String secret) {
        IdentityCodeVault vault = new IdentityCodeVault();
        vault.secret = Optional.of(secret);
        return vault;
    }

    /** The code encrypted for {@code tenant}: format byte, 12-byte nonce, ciphertext and tag. */
    public byte[] seal(TenantId tenant, IdentityCode code) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys().encryption, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(tenant.value().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(code.value().getBytes(StandardCharsets.US_ASCII));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal an identity code", e);
        }
    }

    /** The code {@link #seal} made for {@code tenant}; fails for another region's or a tampered value. */
    public IdentityCode open(TenantId tenant, byte[] sealed) {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != FORMAT) {
            throw new IllegalArgumentException("Not a sealed identity code");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, keys().encryption, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(tenant.value().getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            return IdentityCode.parse(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("The identity code does not open with this key and region", e);
        }
    }

    /** What a code is found by in {@code tenant}: the same for the same code, and nothing to read back. */
    public byte[] lookupKey(TenantId tenant, IdentityCode code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys().lookup);
            return mac.doFinal((tenant.value() + ":" + code.value()).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot hash an identity code", e);
        }
    }

    /** Two keys from the one secret, each for its own use, so neither use weakens the other. */
    private synchronized IdentityCodeVault keys() throws GeneralSecurityException {
        if (encryption == null) {
            String value = secret.filter(s -> s.strip().length() >= 32).orElseThrow(() -> new IllegalStateException(
                    "kyky.data-key (KYKY_DATA_KEY) must be set to a secret of at least 32 characters"));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(value.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            encryption = new SecretKeySpec(mac.doFinal("kykyverkko identity code encryption v1".getBytes(StandardCharsets.UTF_8)), "AES");
            lookup = new SecretKeySpec(mac.doFinal("kykyverkko identity code lookup v1".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        }
        return this;
    }
}
