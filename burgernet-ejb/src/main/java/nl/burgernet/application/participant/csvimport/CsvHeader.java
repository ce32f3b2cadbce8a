package nl.burgernet.application.participant.csvimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each known column sits in a file, read from its header line: one position per column, and per address
 * group (postcode, postcode_2...) a position for postcode, house number and suffix.
 */
final class CsvHeader {

    private static final Pattern NUMBERED = Pattern.compile("(.*?[a-z])(\\d+)");

    private final Map<CsvColumn, Integer> columns = new EnumMap<>(CsvColumn.class);
    private final List<Map<CsvColumn, Integer>> addressGroups = new ArrayList<>();
    private final List<Integer> groupNumbers = new ArrayList<>();
    private final List<String> names;
    private final List<String> ignored = new ArrayList<>();
    private final List<String> duplicates = new ArrayList<>();
    private final List<Missing> missing = new ArrayList<>();
    /** Per position: read into a known column; worked out on first use. */
    private boolean[] read;

    /** A required column that is not in the file; {@code group} counts address groups from 1. */
    record Missing(CsvColumn column, int group) {
        String name(boolean inDutch) {
            return column.header(inDutch, group);
        }
    }

    private CsvHeader(List<String> names) {
        this.names = List.copyOf(names);
    }

    static CsvHeader read(List<String> names) {
        CsvHeader header = new CsvHeader(names);
        Map<Integer, Map<CsvColumn, Integer>> groups = new TreeMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String written = names.get(i).strip();
            String key = CsvColumn.key(written);
            if (key.isEmpty()) {
                continue;
            }
            if (seen.putIfAbsent(key, i) != null) {
                header.duplicates.add(written);
                continue;
            }
            int group = 1;
            Optional<CsvColumn> column = CsvColumn.byKey(key);
            Matcher numbered = NUMBERED.matcher(key);
            if (column.isEmpty() && numbered.matches()) {
                column = CsvColumn.byKey(numbered.group(1)).filter(CsvColumn::address);
                group = column.isPresent() ? Integer.parseInt(numbered.group(2)) : 1;
            }
            if (column.isEmpty() || group < 1) {
                header.ignored.add(written);
            } else if (column.get().address()) {
                if (groups.computeIfAbsent(group, g -> new EnumMap<>(CsvColumn.class))
                                .putIfAbsent(column.get(), i)
                        != null) {
                    header.duplicates.add(written);
                }
            } else if (header.columns.putIfAbsent(column.get(), i) != null) {
                header.duplicates.add(written);
            }
        }
        groups.computeIfAbsent(1, g -> new EnumMap<>(CsvColumn.class));
        header.addressGroups.addAll(groups.values());
        header.groupNumbers.addAll(groups.keySet());
        header.findMissing();
        return header;
    }

    private void findMissing() {
        for (CsvColumn c : CsvColumn.values()) {
            if (c.required() && !c.address() && !columns.containsKey(c)) {
                missing.add(new Missing(c, 1));
            }
        }
        for (int g = 0; g < addressGroups.size(); g++) {
            for (CsvColumn c : CsvColumn.values()) {
                if (c.required() && c.address() && !addressGroups.get(g).containsKey(c)) {
                    missing.add(new Missing(c, groupNumbers.get(g)));
                }
            }
        }
    }

    int size() {
        return names.size();
    }

    int addressGroupCount() {
        return addressGroups.size();
    }

    List<String> ignored() {
        return ignored;
    }

    List<String> duplicates() {
        return duplicates;
    }

    /** Required columns that are not there. */
    List<Missing> missing() {
        return missing;
    }

    /** Whether the value at this position is read into a known column (not ignored, not a duplicate). */
    boolean isRead(int position) {
        if (read == null) {
            boolean[] known = new boolean[names.size()];
            columns.values().forEach(p -> known[p] = true);
            addressGroups.forEach(g -> g.values().forEach(p -> known[p] = true));
            read = known;
        }
        return position < read.length && read[position];
    }

    /** The header at this position as the file writes it. */
    String name(int position) {
        return names.get(position).strip();
    }

    /** The position of a column, or -1. */
    int position(CsvColumn column) {
        return columns.getOrDefault(column, -1);
    }

    /** The position of an address column in group {@code index} (0 = first address), or -1. */
    int position(CsvColumn column, int index) {
        return addressGroups.get(index).getOrDefault(column, -1);
    }

    /** The header as the file writes it, or the English name when the file has no such column. */
    String written(CsvColumn column, int index) {
        int position = column.address() ? position(column, index) : position(column);
        int group = column.address() ? groupNumbers.get(index) : 1;
        return position >= 0 ? names.get(position).strip() : column.header(false, group);
    }
}
