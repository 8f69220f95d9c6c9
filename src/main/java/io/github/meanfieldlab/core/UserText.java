package io.github.meanfieldlab.core;

/**
 * Text that came from the user (a cell, a field name, a value, an option), made safe to put in a message:
 * a short excerpt, with control and invisible characters spelled out, so that a 10 MB cell or a NUL byte
 * never reaches the terminal as it is.
 */
public final class UserText {
    /** Characters of the user's text kept in a message; enough to recognise a value, short enough for one line. */
    static final int EXCERPT_CHARS = 40;

    private UserText() {
    }

    /** {@code text} in single quotes, shortened and escaped as {@link #excerpt} does. */
    public static String quote(String text) {
        return "'" + excerpt(text) + "'";
    }

    /**
     * At most {@link #EXCERPT_CHARS} characters of {@code text}, with control, format and other invisible
     * characters written as {@code \n}, {@code \t} or {@code \}{@code u00A0}, and "… (N characters)" when cut.
     */
    public static String excerpt(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        int shown = 0;
        int i = 0;
        while (i < text.length() && shown < EXCERPT_CHARS) {
            int c = text.codePointAt(i);
            appendVisible(sb, c);
            shown++;
            i += Character.charCount(c);
        }
        if (i < text.length()) {
            sb.append("… (").append(text.codePointCount(0, text.length())).append(" characters)");
        }
        return sb.toString();
    }

    /** A file name for a message: whole, with any control or invisible character spelled out. */
    public static String path(java.nio.file.Path file) {
        StringBuilder sb = new StringBuilder();
        file.toString().codePoints().forEach(c -> appendVisible(sb, c));
        return sb.toString();
    }

    /**
     * A message from a library about the user's input (a JSON parser's, say), which may quote that input:
     * every character made visible and the whole kept to one line of reasonable length.
     */
    public static String printable(String message) {
        if (message == null) {
            return "";
        }
        String firstLine = message.lines().findFirst().orElse("");
        StringBuilder sb = new StringBuilder();
        firstLine.codePoints().limit(4 * EXCERPT_CHARS).forEach(c -> appendVisible(sb, c));
        if (firstLine.codePointCount(0, firstLine.length()) > 4 * EXCERPT_CHARS) {
            sb.append('…');
        }
        return sb.toString();
    }

    private static void appendVisible(StringBuilder sb, int c) {
        switch (c) {
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            default -> {
                int type = Character.getType(c);
                boolean invisible = Character.isISOControl(c) || type == Character.FORMAT
                        || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
                        || Character.isSpaceChar(c) && c != ' ';
                if (invisible) {
                    sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
                } else {
                    sb.appendCodePoint(c);
                }
            }
        }
    }
}
