package nl.burgernet.domain.model.alert;

import java.util.Objects;

/**
 * What residents read: headline, the message, and what they can do. Checked here so the form, the REST API and the
 * entity refuse the same things.
 */
public record AlertContent(String title, String body, String instructions) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 4000;
    public static final int MAX_INSTRUCTIONS = 2000;

    public AlertContent {
        title = Objects.requireNonNullElse(title, "").strip();
        body = Objects.requireNonNullElse(body, "").strip();
        instructions = Objects.requireNonNullElse(instructions, "").strip();
        if (title.isEmpty()) {
            throw new InvalidAlertException("title", "An alert needs a title");
        }
        if (title.length() > MAX_TITLE || title.contains("\n") || title.contains("\r")) {
            throw new InvalidAlertException("title", "A title is one line of at most " + MAX_TITLE + " characters");
        }
        if (body.isEmpty()) {
            throw new InvalidAlertException("body", "An alert needs a message");
        }
        if (body.length() > MAX_BODY) {
            throw new InvalidAlertException("body", "A message has at most " + MAX_BODY + " characters");
        }
        if (instructions.length() > MAX_INSTRUCTIONS) {
            throw new InvalidAlertException(
                    "instructions", "Instructions have at most " + MAX_INSTRUCTIONS + " characters");
        }
    }
}
