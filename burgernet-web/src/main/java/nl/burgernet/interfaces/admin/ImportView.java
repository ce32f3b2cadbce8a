package nl.burgernet.interfaces.admin;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.burgernet.application.channel.AvailableChannels;
import nl.burgernet.application.participant.ImportOutcome;
import nl.burgernet.application.participant.ParticipantService;
import nl.burgernet.application.participant.csvimport.CsvImportPreview;
import nl.burgernet.application.participant.csvimport.IgnoredColumns;
import nl.burgernet.application.participant.csvimport.ImportedParticipant;
import nl.burgernet.application.participant.csvimport.ParticipantCsvReader;
import nl.burgernet.application.participant.csvimport.RowError;
import nl.burgernet.domain.model.geo.DutchAddress;
import nl.burgernet.domain.model.participant.ContactDetails;
import nl.burgernet.domain.model.participant.ParticipantRegistration;
import nl.burgernet.domain.model.participant.ParticipantValidator;
import nl.burgernet.interfaces.contacts.ContactChoice;
import nl.burgernet.interfaces.security.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * CSV import in two steps: the upload shows what the file would bring (good rows, every rejected row with its line,
 * column and message in the UI language); only "Import" stores anything, all good rows in one transaction. A file
 * with a file-level error (columns missing, not readable) cannot be imported at all.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ImportView.class.getName());
    static final int PREVIEW_ROWS = 20;
    /** The upload limit, also configured on the upload component and (with room for the form) in web.xml. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private static final ParticipantCsvReader READER = new ParticipantCsvReader(new ParticipantValidator());

    @Inject
    ParticipantService participants;

    @Inject
    Messages messages;

    @Inject
    AvailableChannels channels;

    private String fileName;
    // The parsed file stays in memory for this view only (up to 20 MB of CSV); never serialized with the session.
    private transient CsvImportPreview preview;
    private transient ImportOutcome outcome;

    /** A shown line of the preview. */
    public record PreviewRow(
            long line, String email, String mobile, String addresses, int birthYear, String language, String channels) {

        static PreviewRow of(ImportedParticipant p) {
            ParticipantRegistration r = p.registration();
            return new PreviewRow(
                    p.lineNumber(),
                    r.email().value(),
                    r.contacts().stream()
                            .map(ContactDetails::address)
                            .filter(a -> a != null && a.startsWith("+"))
                            .findFirst()
                            .map(ContactChoice::national)
                            .orElse(""),
                    r.addresses().stream().map(DutchAddress::display).collect(Collectors.joining("; ")),
                    r.birthYear().value(),
                    r.language().code(),
                    r.contacts().stream()
                            .filter(ContactDetails::enabled)
                            .map(ContactDetails::channel)
                            .collect(Collectors.joining(";")));
        }
    }

    /** A rejected line, with its message in the UI language. */
    public record RejectedRow(long line, String column, String message) {

        static RejectedRow of(RowError e, Locale locale) {
            return new RejectedRow(e.lineNumber(), e.column().orElse(""), e.message(locale));
        }
    }

    public void upload(FileUploadEvent event) {
        outcome = null;
        preview = null;
        fileName = event.getFile().getFileName();
        try (InputStream in = event.getFile().getInputStream()) {
            preview = READER.preview(in, channels.here());
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "Cannot read uploaded file " + fileName, e);
            error(messages.get("import.unreadable"));
        }
    }

    public void runImport() {
        if (!isImportable()) {
            return;
        }
        try {
            outcome = participants.importRows(preview.accepted());
            preview = null;
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(
                                    FacesMessage.SEVERITY_INFO,
                                    messages.format(
                                            "import.done",
                                            outcome.imported(),
                                            outcome.rejected().size()),
                                    null));
        } catch (EJBException e) {
            // The import is one transaction: when it fails, nothing of it was stored.
            LOG.log(Level.WARNING, "Import of " + fileName + " failed; nothing was stored", e);
            error(messages.get("import.failed"));
        }
    }

    public void discard() {
        preview = null;
        outcome = null;
        fileName = null;
    }

    private void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isPreviewShown() {
        return preview != null;
    }

    public boolean isImportable() {
        return preview != null
                && !preview.hasFileLevelError()
                && !preview.accepted().isEmpty();
    }

    public String getFileName() {
        return fileName;
    }

    public long getRowsRead() {
        return preview == null ? 0 : preview.rowsRead();
    }

    /** What "Import" would store: nothing at all when the file has a file-level error. */
    public int getAcceptedCount() {
        return preview == null || preview.hasFileLevelError()
                ? 0
                : preview.accepted().size();
    }

    public long getRejectedCount() {
        return preview == null ? 0 : preview.rejectedRows();
    }

    public String getIgnoredColumns() {
        return preview == null ? "" : IgnoredColumns.describe(preview.ignoredColumns(), locale());
    }

    public String getSeparator() {
        if (preview == null) {
            return "";
        }
        return preview.separator() == '\t' ? "tab" : "'" + preview.separator() + "'";
    }

    public String getEncoding() {
        return preview == null ? "" : preview.encoding();
    }

    public List<String> getFileErrors() {
        if (preview == null) {
            return List.of();
        }
        Locale locale = locale();
        return preview.errors().stream()
                .filter(RowError::isFileLevel)
                .map(e -> e.message(locale))
                .toList();
    }

    public List<PreviewRow> getPreviewRows() {
        if (preview == null) {
            return List.of();
        }
        if (preview.hasFileLevelError()) {
            return List.of();
        }
        return preview.accepted().stream()
                .limit(PREVIEW_ROWS)
                .map(PreviewRow::of)
                .toList();
    }

    /** Every rejected line, not a sample: the admin has to fix each of them. */
    public List<RejectedRow> getRejectedRows() {
        if (preview == null) {
            return List.of();
        }
        Locale locale = locale();
        return preview.errors().stream()
                .filter(e -> !e.isFileLevel())
                .map(e -> RejectedRow.of(e, locale))
                .toList();
    }

    public String getImportLabel() {
        return messages.format("import.run", getAcceptedCount());
    }

    public boolean isOutcomeShown() {
        return outcome != null;
    }

    public int getImported() {
        return outcome == null ? 0 : outcome.imported();
    }

    public List<RejectedRow> getRejectedAtImport() {
        if (outcome == null) {
            return List.of();
        }
        Locale locale = locale();
        return outcome.rejected().stream().map(e -> RejectedRow.of(e, locale)).toList();
    }

    public long getMaxFileBytes() {
        return MAX_FILE_BYTES;
    }
}
