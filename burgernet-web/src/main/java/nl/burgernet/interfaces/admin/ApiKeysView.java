package nl.burgernet.interfaces.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import nl.burgernet.application.apikey.ApiKeyNotFoundException;
import nl.burgernet.application.apikey.ApiKeyService;
import nl.burgernet.application.apikey.ApiKeyView;
import nl.burgernet.application.apikey.NewApiKey;
import nl.burgernet.domain.model.apikey.ApiKeyName;
import nl.burgernet.interfaces.security.CurrentUser;
import nl.burgernet.interfaces.security.Messages;

/**
 * The municipality's API keys for control-room systems: the list (never a secret), a form to create one, which shows
 * the new key once, and revoking with a confirmation. The key stays in this view only until the admin closes the
 * notice or leaves the page.
 */
@Named
@ViewScoped
public class ApiKeysView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZoneId.of("Europe/Amsterdam"));
    static final String FORM = "apiKeysForm";

    @Inject
    ApiKeyService keys;

    @Inject
    CurrentUser currentUser;

    @Inject
    Messages messages;

    private List<ApiKeyView> rows = List.of();
    private String newName;
    private String createdKey;
    private String createdName;

    @PostConstruct
    void reload() {
        if (currentUser.getMunicipalityId() != null) {
            rows = keys.list();
        }
    }

    public void create() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<String> problem = ApiKeyName.problem(newName);
        if (problem.isPresent()) {
            faces.addMessage(
                    FORM + ":name",
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            messages.format("apiKeys.error." + problem.get(), ApiKeyName.MAX_LENGTH),
                            null));
            faces.validationFailed();
            return;
        }
        NewApiKey created = keys.create(newName);
        createdKey = created.plainKey();
        createdName = created.key().name();
        newName = null;
        reload();
    }

    /** Forgets the new key: from now on nobody can see it again. */
    public void dismiss() {
        createdKey = null;
        createdName = null;
    }

    public void revoke(long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ApiKeyView revoked = keys.revoke(id);
            faces.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_INFO, messages.format("apiKeys.revoked", revoked.name()), null));
        } catch (ApiKeyNotFoundException e) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get("apiKeys.error.notFound"), null));
        }
        reload();
    }

    public String revokeQuestion(ApiKeyView key) {
        return messages.format("apiKeys.revokeConfirm", key.name());
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public boolean isMunicipalitySelected() {
        return currentUser.getMunicipalityId() != null;
    }

    public List<ApiKeyView> getRows() {
        return rows;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getCreatedKey() {
        return createdKey;
    }

    public String getCreatedName() {
        return createdName;
    }
}
