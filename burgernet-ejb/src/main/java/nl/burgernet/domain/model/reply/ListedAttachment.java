package nl.burgernet.domain.model.reply;

import java.util.Locale;
import java.util.Objects;

/**
 * An attachment that is named to the operator but not kept or opened: documents, archives, forwarded mails,
 * images over the size limit, parts too damaged to read. Opening them is left to people with the right tools, away from the portal.
 *
 * @param fileName the file name without any path, "" when the mail gave none
 * @param contentType the type the mail claims, lower case, without parameters
 * @param size the size in bytes; for parts that were not read, estimated from the encoded size
 */
public record ListedAttachment(String fileName, String contentType, long size, Reason reason) {

    /** Why the attachment was not kept. */
    public enum Reason {
        /** Not a photo of a kept type (JPEG, PNG, GIF, WebP, HEIC), or claimed to be one but its bytes are not. */
        NOT_AN_IMAGE,
        /** A photo larger than the configured limit. */
        TOO_LARGE,
        /** A photo beyond the configured number, or total size, of photos kept per reply. */
        TOO_MANY,
        /** A part that could not be decoded (bad base64, a broken header); the rest of the mail was read. */
        BROKEN;

        /** The label for people, in English or Dutch. */
        public String label(Locale locale) {
            return Labels.of(this, locale);
        }
    }

    public ListedAttachment {
        fileName = Objects.requireNonNullElse(fileName, "");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(reason, "reason");
    }
}
