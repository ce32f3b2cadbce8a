package nl.burgernet.it.bench;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's figures, in order, each with its goal when it has one: printed as a table, written as JSON. */
final class Figures {

    /**
     * @param key a stable name for scripts (e.g. {@code dispatch.100000.rate})
     * @param label what a person reads
     * @param goal the goal in words, empty when the figure has none
     * @param met whether the goal holds; null when there is no goal
     */
    record Figure(String key, String label, double value, String unit, String goal, Boolean met) {}

    private final List<Figure> figures = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String key, String label, double value, String unit) {
        figures.add(new Figure(key, label, value, unit, "", null));
    }

    /** A figure that must be at most {@code goal}. */
    void atMost(String key, String label, double value, String unit, double goal) {
        figures.add(new Figure(key, label, value, unit, "≤ " + format(goal), value <= goal));
    }

    /** A figure that must be at least {@code goal}. */
    void atLeast(String key, String label, double value, String unit, double goal) {
        figures.add(new Figure(key, label, value, unit, "≥ " + format(goal), value >= goal));
    }

    /** A line under the table: what was skipped and why, or what a figure means. */
    void note(String text) {
        notes.add(text);
    }

    String table() {
        int labelWidth =
                figures.stream().mapToInt(f -> f.label().length()).max().orElse(10);
        StringBuilder out = new StringBuilder();
        String header = String.format(
                Locale.ROOT, "%-" + labelWidth + "s  %12s  %-8s  %-12s  %s%n", "figure", "value", "unit", "goal", "");
        out.append(header).append("-".repeat(header.length() - 1)).append('\n');
        for (Figure f : figures) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-" + labelWidth + "s  %12s  %-8s  %-12s  %s%n",
                    f.label(),
                    format(f.value()),
                    f.unit(),
                    f.goal(),
                    f.met() == null ? "" : f.met() ? "met" : "NOT MET"));
        }
        notes.forEach(n -> out.append("* ").append(n).append('\n'));
        return out.toString();
    }

    void writeJson(Path file, Map<String, String> machine) throws IOException {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Figure f : figures) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("key", f.key())
                    .add("label", f.label())
                    .add("value", f.value())
                    .add("unit", f.unit());
            if (f.met() != null) {
                o.add("goal", f.goal()).add("met", f.met());
            }
            list.add(o);
        }
        JsonObjectBuilder about = Json.createObjectBuilder();
        machine.forEach(about::add);
        JsonArrayBuilder noteList = Json.createArrayBuilder();
        notes.forEach(noteList::add);
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(text)) {
            generator.write(Json.createObjectBuilder()
                    .add("measuredAt", Instant.now().toString())
                    .add("machine", about)
                    .add("figures", list)
                    .add("notes", noteList)
                    .build());
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text.toString());
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    /** The nearest-rank percentile: the smallest value that at least {@code p} percent of the values do not exceed. */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
