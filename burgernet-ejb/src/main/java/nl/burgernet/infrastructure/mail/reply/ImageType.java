package nl.burgernet.infrastructure.mail.reply;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The photo formats a reply may carry, recognised by their first bytes. The Content-Type a sender claims is
 * not trusted: a file that says it is a JPEG but is HTML or SVG must never be shown as a picture.
 */
final class ImageType {

    private static final Set<String> PHOTO_EXTENSIONS =
            Set.of("jpg", "jpeg", "jpe", "png", "gif", "webp", "heic", "heif");
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis");
    private static final Set<String> GENERIC_HEIF_BRANDS = Set.of("mif1", "msf1");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ImageType() {}

    /** Whether a part claims to be a photo, by its type or, for untyped parts, by its file name. */
    static boolean claimsToBePhoto(String mimeType, String fileName) {
        if (mimeType.startsWith("image/")) {
            return true;
        }
        int dot = fileName.lastIndexOf('.');
        return dot >= 0
                && (mimeType.equals("application/octet-stream") || mimeType.equals("application/binary"))
                && PHOTO_EXTENSIONS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The image type the bytes show, or empty when they are not one of the kept formats. */
    static Optional<String> detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= PNG.length && Arrays.equals(b, 0, PNG.length, PNG, 0, PNG.length)) {
            return Optional.of("image/png");
        }
        String head = ascii(b, 0, 12);
        if (head.startsWith("GIF87a") || head.startsWith("GIF89a")) {
            return Optional.of("image/gif");
        }
        if (head.startsWith("RIFF") && head.length() == 12 && head.endsWith("WEBP")) {
            return Optional.of("image/webp");
        }
        if (head.length() == 12 && head.startsWith("ftyp", 4)) {
            String brand = head.substring(8, 12);
            if (HEIF_BRANDS.contains(brand)) {
                return Optional.of("image/heic");
            }
            if (GENERIC_HEIF_BRANDS.contains(brand)) {
                return Optional.of("image/heif");
            }
        }
        return Optional.empty();
    }

    private static String ascii(byte[] b, int from, int to) {
        return new String(b, from, Math.min(to, b.length) - from, StandardCharsets.ISO_8859_1);
    }
}
