package nl.burgernet.domain.model.reply;

import java.util.Arrays;
import java.util.Objects;

/**
 * A photo a resident sent with a reply, kept whole so the operator can see it. Only parts whose bytes really are
 * JPEG, PNG, GIF, WebP or HEIC are kept; {@code contentType} is the type the bytes show, not the one claimed.
 *
 * @param fileName the file name without any path, "" when the mail gave none
 * @param contentType the detected image type, e.g. {@code image/jpeg}
 * @param inline whether the mail shows it inside the text (a pasted photo, but also a signature logo)
 */
public record ImageAttachment(String fileName, String contentType, boolean inline, byte[] content) {

    public ImageAttachment {
        fileName = Objects.requireNonNullElse(fileName, "");
        Objects.requireNonNull(contentType, "contentType");
        content = content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImageAttachment that
                && fileName.equals(that.fileName)
                && contentType.equals(that.contentType)
                && inline == that.inline
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, inline, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "ImageAttachment[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
