package nl.burgernet.domain.model.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GridCellsTest {

    @Test
    void everyPointInsideTheBoxHasOneOfTheCoveringCells() {
        BoundingBox box = new GeoCircle(new Coordinates(52.09, 5.12), 5_000).boundingBox();
        List<Integer> cells = GridCells.covering(box).orElseThrow();
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            double lat = box.minLatitude() + random.nextDouble() * (box.maxLatitude() - box.minLatitude());
            double lon = box.minLongitude() + random.nextDouble() * (box.maxLongitude() - box.minLongitude());
            assertTrue(cells.contains(GridCells.cellOf(lat, lon)), lat + "," + lon);
        }
        assertTrue(cells.contains(GridCells.cellOf(box.maxLatitude(), box.maxLongitude())), "the far corner");
    }

    @Test
    void aCellIsTheFloorOfFiftiethsOfADegreeInBothDirections() {
        assertEquals(2604 * 100_000 + 256, GridCells.cellOf(52.09, 5.12));
        assertEquals(2604 * 100_000 + 256, GridCells.cellOf(52.0999, 5.1399));
        assertEquals(-1 * 100_000 - 1, GridCells.cellOf(-0.01, -0.01), "south and west of zero round down too");
    }

    @Test
    void aWideAreaHasNoCellListButLeavesItToTheMunicipalityRanges() {
        assertTrue(GridCells.covering(new GeoCircle(new Coordinates(52.09, 5.12), 5_000).boundingBox())
                .isPresent());
        assertTrue(GridCells.covering(new GeoCircle(new Coordinates(52.09, 5.12), 30_000).boundingBox())
                .isEmpty());
    }
}
