package nl.burgernet.interfaces.demo;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.interfaces.security.Messages;

/** The demo phone page: the numbers the SMSC simulator delivered to, a number's messages, and answering as it. */
@Named
@ViewScoped
public class DemoPhoneView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DemoPhone phone;

    @Inject
    transient DemoMode demo;

    @Inject
    transient Messages messages;

    private List<DemoPhone.Phone> phones = List.of();
    private String number;
    private List<DemoPhone.Sms> conversation = List.of();
    private String answer;

    /** Outside the demo, or without a simulator, this page does not exist. */
    public void load() throws Exception {
        if (!demo.isEnabled() || !phone.isAvailable()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        refresh();
    }

    public void refresh() {
        try {
            phones = phone.phones();
            if (number != null && !number.isBlank()) {
                conversation = phone.conversation(number.strip());
            }
        } catch (Exception e) {
            error(e);
        }
    }

    public void open(String selected) {
        number = selected;
        answer = null;
        refresh();
    }

    /** Sends the typed answer as the open number; the operator sees it on the alert page within seconds. */
    public void send() {
        if (number == null || number.isBlank() || answer == null || answer.isBlank()) {
            return;
        }
        try {
            phone.answer(number.strip(), answer.strip());
            answer = null;
            FacesContext.getCurrentInstance()
                    .addMessage(
                            null,
                            new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("demo.phone.answerSent"), null));
            refresh();
        } catch (Exception e) {
            error(e);
        }
    }

    private static void error(Exception e) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, String.valueOf(e.getMessage()), null));
    }

    public List<DemoPhone.Phone> getPhones() {
        return phones;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public List<DemoPhone.Sms> getConversation() {
        return conversation;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
