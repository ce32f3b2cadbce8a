package nl.burgernet.interfaces.resident;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A small self-contained HTML page for the endpoints that are plain servlets (one-click unsubscribe): no Faces, no
 * session, no cookie, so a mail client's POST works exactly like a browser's.
 */
final class PlainPage {

    private PlainPage() {}

    static void write(HttpServletResponse response, int status, ResidentTexts texts, String title, String bodyHtml)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + texts.locale().getLanguage() + "\"><head>"
                        + "<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width,"
                        + " initial-scale=1\"><title>" + escape(title) + " – " + escape(texts.get("resident.brand"))
                        + "</title><style>"
                        + "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;"
                        + "background:#f4f6f9;color:#1a1a1a;font-size:1.05rem;line-height:1.5}"
                        + "header{padding:.6rem 1.2rem;background:#1d4f91;color:#fff;font-weight:700;"
                        + "font-size:1.25rem}main{max-width:40rem;margin:2rem auto;padding:1.5rem;background:#fff;"
                        + "border-radius:6px;box-shadow:0 1px 2px rgba(0,0,0,.08)}"
                        + "button{font-size:1.05rem;padding:.7rem 1.4rem;background:#1d4f91;color:#fff;border:0;"
                        + "border-radius:4px;cursor:pointer}a{color:#1d4f91}"
                        + "</style></head><body><header>" + escape(texts.get("resident.brand")) + "</header><main>"
                        + "<h1>" + escape(title) + "</h1>" + bodyHtml + "</main></body></html>");
    }

    static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
