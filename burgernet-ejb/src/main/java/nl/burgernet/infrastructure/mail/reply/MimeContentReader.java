package nl.burgernet.infrastructure.mail.reply;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.burgernet.domain.model.reply.ImageAttachment;
import nl.burgernet.domain.model.reply.ListedAttachment;
import nl.burgernet.domain.model.reply.ListedAttachment.Reason;

/**
 * Walks a mail's MIME tree once and sorts what it finds: inline plain-text and HTML bodies, photos kept whole,
 * other attachments only named. Every read is bounded by the settings, so a hostile message costs bounded memory.
 */
final class MimeContentReader {

    /** What a mail contains, sorted. */
    record Content(
            List<String> plainTexts,
            List<String> htmlTexts,
            List<ImageAttachment> images,
            List<ListedAttachment> listed,
            boolean truncated) {}

    private static final int HTML_BYTES_PER_TEXT_CHAR = 10;
    private static final int MAX_FILE_NAME_LENGTH = 200;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final ReplyParserSettings settings;

    MimeContentReader(ReplyParserSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads what can be read. A damaged part inside a multipart (bad base64 in a photo, a broken header) is listed as
     * {@link Reason#BROKEN} and the rest is read; only a mail of which nothing could be read is unreadable as a whole.
     */
    Content read(Part message) throws UnreadableMailException, MessagingException, IOException {
        Walk walk = new Walk();
        walk.visit(message, 0);
        if (walk.firstBreak != null && walk.plain.isEmpty() && walk.html.isEmpty() && walk.images.isEmpty()) {
            throw UnreadableMailException.brokenMime(walk.firstBreak);
        }
        return new Content(walk.plain, walk.html, walk.images, walk.listed, walk.truncated);
    }

    /** The base type of a part, lower case, e.g. {@code text/plain}; {@code text/plain} when the header is absent. */
    static String mimeType(Part part) throws UnreadableMailException, MessagingException {
        return contentType(part).getBaseType().toLowerCase(Locale.ROOT);
    }

    static ContentType contentType(Part part) throws UnreadableMailException, MessagingException {
        String[] header = part.getHeader("Content-Type");
        if (header == null || header.length == 0 || header[0].isBlank()) {
            return new ContentType("text", "plain", null);
        }
        try {
            return new ContentType(header[0]);
        } catch (ParseException e) {
            throw UnreadableMailException.brokenMime("Unreadable Content-Type '" + SafeText.cap(header[0], 100) + "'");
        }
    }

    /** The state of one walk over one message. */
    private final class Walk {
        private final List<String> plain = new ArrayList<>();
        private final List<String> html = new ArrayList<>();
        private final List<ImageAttachment> images = new ArrayList<>();
        private final List<ListedAttachment> listed = new ArrayList<>();
        private long imageBytes;
        private int parts;
        private boolean truncated;
        private boolean tooDeep;
        private String firstBreak;

        void visit(Part part, int depth) throws UnreadableMailException, MessagingException, IOException {
            if (++parts > settings.maxMimeParts()) {
                truncated = true;
                return;
            }
            if (depth > settings.maxMimeDepth()) {
                tooDeep = true;
                throw UnreadableMailException.brokenMime("MIME parts nested deeper than " + settings.maxMimeDepth());
            }
            ContentType type = contentType(part);
            String mimeType = type.getBaseType().toLowerCase(Locale.ROOT);
            if (mimeType.startsWith("multipart/")) {
                visitChildren(part, depth);
                return;
            }
            String fileName = fileName(part);
            boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || !fileName.isEmpty();
            if (!attachment && mimeType.equals("text/plain")) {
                plain.add(readText(part, type, settings.maxOriginalTextLength() * 4L));
            } else if (!attachment && mimeType.equals("text/html")) {
                html.add(readText(part, type, settings.maxOriginalTextLength() * (long) HTML_BYTES_PER_TEXT_CHAR));
            } else if (ImageType.claimsToBePhoto(mimeType, fileName)) {
                keepOrListImage(part, mimeType, fileName);
            } else {
                list(new ListedAttachment(fileName, mimeType, estimatedSize(part), Reason.NOT_AN_IMAGE));
            }
        }

        private void visitChildren(Part part, int depth)
                throws UnreadableMailException, MessagingException, IOException {
            if (!(part.getContent() instanceof Multipart multipart)) {
                throw UnreadableMailException.brokenMime("A multipart part without readable parts");
            }
            for (int i = 0; i < multipart.getCount() && !truncated; i++) {
                Part child = multipart.getBodyPart(i);
                try {
                    visit(child, depth + 1);
                } catch (UnreadableMailException | MessagingException | IOException | RuntimeException e) {
                    // Jakarta Mail reports bad input with checked and unchecked exceptions alike. Nesting too deep is
                    // the mail's shape, not one damaged part: that stays a reason to quarantine the whole mail.
                    if (tooDeep) {
                        throw e;
                    }
                    broken(child, e);
                }
            }
        }

        private void broken(Part part, Exception e) {
            if (firstBreak == null) {
                firstBreak = SafeText.cap(
                        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), 300);
            }
            String type;
            try {
                type = mimeType(part);
            } catch (UnreadableMailException | MessagingException | RuntimeException unreadableType) {
                type = "application/octet-stream";
            }
            long size;
            try {
                size = estimatedSize(part);
            } catch (MessagingException | RuntimeException unknownSize) {
                size = 0;
            }
            list(new ListedAttachment(fileName(part), type, size, Reason.BROKEN));
        }

        private void keepOrListImage(Part part, String claimedType, String fileName)
                throws MessagingException, IOException {
            if (images.size() >= settings.maxImages()) {
                list(new ListedAttachment(fileName, claimedType, estimatedSize(part), Reason.TOO_MANY));
                return;
            }
            byte[] bytes;
            try (InputStream in = part.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxImageBytes() + 1));
            }
            if (bytes.length > settings.maxImageBytes()) {
                list(new ListedAttachment(
                        fileName, claimedType, Math.max(bytes.length, estimatedSize(part)), Reason.TOO_LARGE));
                return;
            }
            Optional<String> detected = ImageType.detect(bytes);
            if (detected.isEmpty()) {
                list(new ListedAttachment(fileName, claimedType, bytes.length, Reason.NOT_AN_IMAGE));
            } else if (imageBytes + bytes.length > settings.maxTotalImageBytes()) {
                list(new ListedAttachment(fileName, claimedType, bytes.length, Reason.TOO_MANY));
            } else if (images.size() + listed.size() >= settings.maxAttachments()) {
                truncated = true;
            } else {
                imageBytes += bytes.length;
                images.add(new ImageAttachment(fileName, detected.get(), isInline(part), bytes));
            }
        }

        private void list(ListedAttachment attachment) {
            if (images.size() + listed.size() >= settings.maxAttachments()) {
                truncated = true;
            } else {
                listed.add(attachment);
            }
        }
    }

    private static boolean isInline(Part part) throws MessagingException {
        return Part.INLINE.equalsIgnoreCase(disposition(part))
                || (disposition(part) == null && part.getHeader("Content-ID") != null);
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The file name without any path, decoded and made safe; "" when there is none or it cannot be read. */
    private static String fileName(Part part) {
        String name;
        try {
            name = part.getFileName();
            if (name != null && name.contains("=?")) {
                name = MimeUtility.decodeText(name);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            return "";
        }
        if (name == null) {
            return "";
        }
        String clean = SafeText.clean(name).replace('\n', ' ');
        clean = clean.substring(Math.max(clean.lastIndexOf('/'), clean.lastIndexOf('\\')) + 1);
        return SafeText.cap(clean.strip(), MAX_FILE_NAME_LENGTH);
    }

    /** The decoded size of a part that is not read, from its encoded size. */
    private static long estimatedSize(Part part) throws MessagingException {
        long size = Math.max(0, part.getSize());
        if (part instanceof MimePart mime && "base64".equalsIgnoreCase(safeEncoding(mime))) {
            return size * 3 / 4;
        }
        return size;
    }

    private static String safeEncoding(MimePart part) {
        try {
            return part.getEncoding();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String readText(Part part, ContentType type, long maxBytes) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
        }
        String text = decode(bytes, type.getParameter("charset"));
        if ("flowed".equalsIgnoreCase(type.getParameter("format"))) {
            text = FlowedText.decode(SafeText.clean(text), "yes".equalsIgnoreCase(type.getParameter("delsp")));
        }
        return text;
    }

    /**
     * Text in its declared charset; without a usable one, UTF-8 if the bytes are valid UTF-8 and Windows-1252
     * otherwise (what unlabelled European mail nearly always is), so a wrong label costs accents, not the mail.
     */
    static String decode(byte[] bytes, String declaredCharset) {
        Optional<Charset> declared = charset(declaredCharset);
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.US_ASCII)) {
            return new String(bytes, declared.get());
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static Optional<Charset> charset(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(MimeUtility.javaCharset(name.strip())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
