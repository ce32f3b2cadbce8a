package nl.burgernet.interfaces.operator;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import nl.burgernet.domain.model.alert.InvalidAlertException;

/**
 * Puts what the service said on the page: a refused field next to that field when the form has it (its component id is
 * the field's name), everything else at the top; messages for the next page survive the redirect.
 */
final class AlertFeedback {

    private final FacesContext faces;
    private final OperatorTexts texts;

    AlertFeedback(FacesContext faces) {
        this.faces = faces;
        this.texts = OperatorTexts.of(faces);
    }

    OperatorTexts texts() {
        return texts;
    }

    /** Each problem next to its field in {@code formId} if {@code fields} has it, and a summary at the top. */
    void fieldErrors(String formId, Set<String> fields, Collection<InvalidAlertException> problems) {
        for (InvalidAlertException e : problems) {
            String clientId = fields.contains(e.field()) ? formId + ":" + e.field() : null;
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.error(e), null));
        }
        boolean anyOnField = problems.stream().anyMatch(e -> fields.contains(e.field()));
        if (anyOnField) {
            error("alert.error.fixFields");
        }
        faces.validationFailed();
    }

    void fieldError(String formId, Set<String> fields, InvalidAlertException problem) {
        fieldErrors(formId, fields, List.of(problem));
    }

    void error(String key, Object... args) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.format(key, args), null));
    }

    void info(String key, Object... args) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.format(key, args), null));
    }

    /** An info message shown on the page the redirect leads to. */
    void flash(String key, Object... args) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(key, args);
    }
}
