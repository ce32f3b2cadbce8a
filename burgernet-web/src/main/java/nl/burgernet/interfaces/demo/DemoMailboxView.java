package nl.burgernet.interfaces.demo;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.burgernet.interfaces.security.Messages;

/** The demo mailbox page: type a resident's e-mail address, read what the portal sent them. */
@Named
@ViewScoped
public class DemoMailboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DemoMailbox mailbox;

    @Inject
    transient DemoMode demo;

    @Inject
    transient Messages messages;

    private String address;
    private List<DemoMailbox.MailSummary> mails = List.of();
    private DemoMailbox.MailSummary selected;
    private String answer;

    /** Outside the demo this page does not exist. */
    public void checkDemo() throws Exception {
        if (!demo.isEnabled()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void open() {
        selected = null;
        try {
            mails = mailbox.list(address.strip());
            if (mails.isEmpty()) {
                info(messages.get("demo.mailbox.empty"));
            }
        } catch (Exception e) {
            mails = List.of();
            info(messages.get("demo.mailbox.empty"));
        }
    }

    public void select(DemoMailbox.MailSummary mail) {
        selected = mail;
        answer = null;
    }

    /** Sends the typed answer to the selected mail's reply address, as the resident. */
    public void reply() {
        if (selected == null || selected.replyTo().isBlank() || answer == null || answer.isBlank()) {
            return;
        }
        try {
            mailbox.reply(address.strip(), selected, answer);
            answer = null;
            info(messages.get("demo.mailbox.replySent"));
        } catch (Exception e) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public List<DemoMailbox.MailSummary> getMails() {
        return mails;
    }

    public DemoMailbox.MailSummary getSelected() {
        return selected;
    }
}
