package fi.kykyverkko.kernel.tenancy;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifier of a region (tenant), e.g. {@code keski-uusimaa}. Its database schema is derived from it
 * ({@code tenant_keski_uusimaa}), so the format is strict: it ends up in SQL identifiers.
 */
public final class TenantId implements Comparable<TenantId>, java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    public static final int MAX_LENGTH = 40;

    private final String value;

    private TenantId(String value) {
        this.value = value;
    }

    /** A session kept by the server (it holds the region worked in) is read back only through the format check. */
    private Object readResolve() {
        return of(value);
    }

    /** @throws IllegalArgumentException with a reason a person can act on */
    public static TenantId of(String value) {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new TenantId(value);
    }

    /** Returns why {@code value} is not a valid tenant id, or null when it is. */
    public static String problemWith(String value) {
        if (value == null || value.isBlank()) {
            return "is missing";
        }
        if (value.length() > MAX_LENGTH) {
            return "is longer than " + MAX_LENGTH + " characters";
        }
        if (!FORMAT.matcher(value).matches()) {
            return "must be lower-case letters a-z, digits and single hyphens, starting with a letter (e.g. keski-uusimaa)";
        }
        return null;
    }

    public String value() {
        return value;
    }

    /** The MariaDB database that holds this tenant's data. */
    public String schema() {
        return "tenant_" + value.replace('-', '_');
    }

    @Override
    public int compareTo(TenantId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TenantId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
