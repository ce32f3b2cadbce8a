package nl.burgernet.domain.model.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A grid of cells of 0.02° × 0.02° (about 2.2 km × 1.4 km in the Netherlands) that every address is filed under, so
 * that "who lives in this box" is a handful of equality lookups in one index instead of a range over latitude that
 * reads every address in that band of the country. The database computes an address's cell itself (the generated
 * column {@code participant_address.geo_cell}) with exactly {@link #cellOf}'s arithmetic.
 */
public final class GridCells {

    /** Cells per degree. */
    static final int PER_DEGREE = 50;

    /** Room for the longitude's cell number beside the latitude's in one integer. */
    static final int LATITUDE_FACTOR = 100_000;

    /**
     * Beyond this many cells (a radius of about 10 km) an IN list stops paying off; the caller narrows by municipality
     * and range instead.
     */
    public static final int MAX_CELLS = 400;

    private GridCells() {}

    /** The cell of a point, as the database computes it. */
    public static int cellOf(double latitude, double longitude) {
        return (int) Math.floor(latitude * PER_DEGREE) * LATITUDE_FACTOR + (int) Math.floor(longitude * PER_DEGREE);
    }

    /** The cells that cover the box, or empty when there are more than {@link #MAX_CELLS}. */
    public static Optional<List<Integer>> covering(BoundingBox box) {
        int fromLat = (int) Math.floor(box.minLatitude() * PER_DEGREE);
        int toLat = (int) Math.floor(box.maxLatitude() * PER_DEGREE);
        int fromLon = (int) Math.floor(box.minLongitude() * PER_DEGREE);
        int toLon = (int) Math.floor(box.maxLongitude() * PER_DEGREE);
        long count = (long) (toLat - fromLat + 1) * (toLon - fromLon + 1);
        if (count > MAX_CELLS) {
            return Optional.empty();
        }
        List<Integer> cells = new ArrayList<>((int) count);
        for (int lat = fromLat; lat <= toLat; lat++) {
            for (int lon = fromLon; lon <= toLon; lon++) {
                cells.add(lat * LATITUDE_FACTOR + lon);
            }
        }
        return Optional.of(cells);
    }
}
