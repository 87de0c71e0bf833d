package fi.kykyverkko.kernel.exchange;

/** What an uploaded file's first bytes say it is (a byte-order mark, a ZIP or OLE2 header), before anything parses it. */
public final class FileSignature {

    private FileSignature() {
    }

    /** Whether {@code data} begins with the unsigned byte values {@code prefix}. */
    public static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
