package nl.burgernet.interfaces.resident;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import nl.burgernet.application.resident.ResidentLinks;
import nl.burgernet.application.resident.ResidentService;
import nl.burgernet.application.resident.UnsubscribeOutcome;

/**
 * One-click unsubscribe, the URL in every mail's {@code List-Unsubscribe} header and footer. GET only shows a page
 * with one button, because link scanners and previews fetch URLs on their own; POST turns e-mail off. A mail client
 * acting on {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058) POSTs that body with no cookie and
 * no login, and the token in the URL is all it takes. Our own button posts the very same body.
 */
@WebServlet(name = "ResidentUnsubscribe", urlPatterns = "/resident/unsubscribe")
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidentService residents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = token(request);
        String channel = channel(request);
        Optional<UnsubscribeOutcome> preview = residents.unsubscribePreview(token, channel);
        if (preview.isEmpty()) {
            invalid(request, response);
            return;
        }
        UnsubscribeOutcome o = preview.get();
        ResidentTexts texts = new ResidentTexts(o.language().locale());
        if (o.wasAlreadyOff()) {
            done(request, response, texts, texts.get("unsubscribe.alreadyOff", o.municipalityName()));
            return;
        }
        String action = request.getContextPath() + "/" + ResidentLinks.UNSUBSCRIBE_PATH + "?"
                + ResidentLinks.TOKEN_PARAMETER + "=" + token.strip()
                + (channel.isEmpty()
                        ? ""
                        : "&" + ResidentLinks.CHANNEL_PARAMETER + "="
                                + java.net.URLEncoder.encode(channel, java.nio.charset.StandardCharsets.UTF_8));
        PlainPage.write(
                response,
                HttpServletResponse.SC_OK,
                texts,
                texts.get("unsubscribe.title"),
                PlainPage.paragraph(texts.get("unsubscribe.question", o.municipalityName()))
                        + "<form method=\"post\" action=\"" + PlainPage.escape(action) + "\">"
                        + "<button type=\"submit\" id=\"unsubscribe\" name=\"List-Unsubscribe\" value=\"One-Click\">"
                        + PlainPage.escape(texts.get("unsubscribe.button")) + "</button></form>");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UnsubscribeOutcome> outcome = residents.unsubscribe(token(request), channel(request));
        if (outcome.isEmpty()) {
            invalid(request, response);
            return;
        }
        UnsubscribeOutcome o = outcome.get();
        ResidentTexts texts = new ResidentTexts(o.language().locale());
        done(
                request,
                response,
                texts,
                texts.get(o.wasAlreadyOff() ? "unsubscribe.alreadyOff" : "unsubscribe.done", o.municipalityName()));
    }

    private static void done(HttpServletRequest request, HttpServletResponse response, ResidentTexts texts, String text)
            throws IOException {
        PlainPage.write(
                response,
                HttpServletResponse.SC_OK,
                texts,
                texts.get("unsubscribe.title"),
                "<p id=\"unsubscribed\">" + PlainPage.escape(text) + "</p>"
                        + "<p><a href=\"" + PlainPage.escape(request.getContextPath()) + "/resident/link.xhtml\">"
                        + PlainPage.escape(texts.get("unsubscribe.comeBack")) + "</a></p>");
    }

    private static void invalid(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResidentTexts texts = new ResidentTexts(request.getLocale());
        PlainPage.write(
                response,
                HttpServletResponse.SC_NOT_FOUND,
                texts,
                texts.get("unsubscribe.title"),
                PlainPage.paragraph(texts.get("unsubscribe.invalid")));
    }

    /** The channel the message came through; empty in links made before links named one. */
    private static String channel(HttpServletRequest request) {
        String c = request.getParameter(ResidentLinks.CHANNEL_PARAMETER);
        return c == null ? "" : c.strip();
    }

    /** From the query string: RFC 8058 puts everything that identifies the recipient in the URL, not the body. */
    private static String token(HttpServletRequest request) {
        String t = request.getParameter(ResidentLinks.TOKEN_PARAMETER);
        return t == null ? "" : t;
    }
}
