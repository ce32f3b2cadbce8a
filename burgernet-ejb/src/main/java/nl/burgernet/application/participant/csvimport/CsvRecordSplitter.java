package nl.burgernet.application.participant.csvimport;

import java.io.IOException;
import java.io.Reader;

/**
 * Cuts a CSV text into records before commons-csv parses each one, so that one bad quote costs one line instead of
 * the rest of the file. It follows the quoting rules of commons-csv's default format: a value is quoted only when it
 * starts with a quote, {@code ""} is a quote inside a quoted value, and a line break inside quotes belongs to the
 * value. A quoted value that is still open at the end of the file, or after {@value #MAX_RECORD_LINES} lines or
 * {@value #MAX_RECORD_CHARS} characters, is taken for a stray quote: the record's first line comes back as
 * {@link Record#unclosedQuote() unclosed}, and the lines after it are read again as records of their own. The caller
 * does the same with {@link #rereadAfterFirstLine} when a record that spans lines fails to parse.
 *
 * <p>Holds at most one record (and what is to be read again) in memory. One instance per file; not thread-safe.
 */
final class CsvRecordSplitter {

    /** How many lines one quoted value may span: real participant data never has more than a few. */
    static final int MAX_RECORD_LINES = 100;

    static final int MAX_RECORD_CHARS = 1 << 20;

    private static final int NOTHING = -3;

    /**
     * One record as written.
     *
     * @param line the line it starts on (1 = the first line of the file)
     * @param text the record without its final line break
     * @param lines how many lines it spans
     * @param firstLineLength where its first line ends in {@code text} (without that line's break)
     * @param unclosedQuote a quoted value opened on this line never closed: {@code text} is the first line only
     */
    record Record(long line, String text, int lines, int firstLineLength, boolean unclosedQuote) {}

    private enum State {
        FIELD_START,
        UNQUOTED,
        QUOTED,
        QUOTE_IN_QUOTED,
        AFTER_QUOTE
    }

    private final Reader in;
    private final char separator;
    /** Text to read again before the reader: the lines after a rejected first line. */
    private String again = "";

    private int againAt;
    /** A character read ahead after a lone '\r' (or -1 for the end), or {@link #NOTHING}. */
    private int pushedBack = NOTHING;

    private long nextLine = 1;

    private final char[] buffer = new char[1 << 13];
    private int bufferAt;
    private int bufferEnd;

    CsvRecordSplitter(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** The next record that is not an empty line, or null at the end of the file. */
    Record next() throws IOException {
        while (true) {
            Record record = read();
            if (record == null || !record.text().isEmpty() || record.unclosedQuote()) {
                return record;
            }
        }
    }

    /** Reads everything after the record's first line again, as the records it holds. */
    void rereadAfterFirstLine(Record record) {
        if (record.lines() < 2) {
            return;
        }
        String text = record.text();
        int start = record.firstLineLength() + (text.startsWith("\r\n", record.firstLineLength()) ? 2 : 1);
        // The record's final line break was consumed with it; a character read ahead after a lone '\r' comes next.
        StringBuilder rest = new StringBuilder(text.length() - start + 1 + again.length() - againAt);
        rest.append(text, start, text.length()).append('\n');
        if (pushedBack >= 0) {
            rest.append((char) pushedBack);
        }
        pushedBack = NOTHING;
        rest.append(again, againAt, again.length());
        again = rest.toString();
        againAt = 0;
        nextLine = record.line() + 1;
    }

    private Record read() throws IOException {
        StringBuilder text = new StringBuilder();
        long line = nextLine;
        int lines = 1;
        int firstLineLength = -1;
        State state = State.FIELD_START;
        int c = readChar();
        if (c == -1) {
            return null;
        }
        while (c != -1) {
            if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int following = readChar();
                    if (following == '\n') {
                        c = -2; // "\r\n": one line break
                    } else {
                        unread(following);
                    }
                }
                if (state != State.QUOTED) {
                    nextLine = line + lines;
                    return new Record(line, text.toString(), lines, firstLineLength(firstLineLength, text), false);
                }
                if (firstLineLength < 0) {
                    firstLineLength = text.length();
                }
                if (lines == MAX_RECORD_LINES || text.length() > MAX_RECORD_CHARS) {
                    return unclosed(line, text, lines, firstLineLength);
                }
                text.append(c == -2 ? "\r\n" : String.valueOf((char) c));
                lines++;
            } else {
                state = next(state, (char) c);
                text.append((char) c);
            }
            c = readChar();
        }
        if (state == State.QUOTED) {
            return unclosed(line, text, lines, firstLineLength(firstLineLength, text));
        }
        nextLine = line + lines;
        return new Record(line, text.toString(), lines, firstLineLength(firstLineLength, text), false);
    }

    private static int firstLineLength(int known, StringBuilder text) {
        return known < 0 ? text.length() : known;
    }

    /** Gives back the first line as unclosed and reads what follows it again. */
    private Record unclosed(long line, StringBuilder text, int lines, int firstLineLength) {
        Record whole = new Record(line, text.toString(), lines, firstLineLength, false);
        rereadAfterFirstLine(whole);
        nextLine = line + 1;
        String first = text.substring(0, firstLineLength);
        return new Record(line, first, 1, first.length(), true);
    }

    private State next(State state, char c) {
        return switch (state) {
            case FIELD_START -> c == '"' ? State.QUOTED : c == separator ? State.FIELD_START : State.UNQUOTED;
            case UNQUOTED, AFTER_QUOTE -> c == separator ? State.FIELD_START : state;
            case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : c == separator ? State.FIELD_START : State.AFTER_QUOTE;
        };
    }

    private int readChar() throws IOException {
        if (pushedBack != NOTHING) {
            int c = pushedBack;
            pushedBack = NOTHING;
            return c;
        }
        if (againAt < again.length()) {
            return again.charAt(againAt++);
        }
        if (!again.isEmpty()) {
            again = "";
            againAt = 0;
        }
        if (bufferAt == bufferEnd) {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                return -1;
            }
            bufferAt = 0;
            bufferEnd = n;
        }
        return buffer[bufferAt++];
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
