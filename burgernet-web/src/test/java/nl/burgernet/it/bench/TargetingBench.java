package nl.burgernet.it.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.burgernet.it.support.PortalSession;

/**
 * Selections in the generated country: circles of 500 m, 2 km and 5 km around random points near its towns, each as
 * a regional alert of the town's region would make it, timed inside the server.
 */
final class TargetingBench {

    private static final int[] RADII = {500, 2_000, 5_000};
    private static final int WARM_UP = 20;
    private static final int QUERIES = 100;

    /** A town of the generated country: where it lies and its region. */
    record Town(double latitude, double longitude, String region) {
        static Town parse(String line) {
            String[] f = line.strip().split(" ");
            return new Town(Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3]);
        }
    }

    private final PortalSession bench;
    private final Figures figures;

    TargetingBench(PortalSession bench, Figures figures) {
        this.bench = bench;
        this.figures = figures;
    }

    void measure(List<Town> towns, String database, int participants) throws Exception {
        Random random = new Random(2026);
        for (int radius : RADII) {
            List<Double> millis = new ArrayList<>();
            List<Double> reached = new ArrayList<>();
            for (int i = 0; i < WARM_UP + QUERIES; i++) {
                Town town = towns.get(random.nextInt(towns.size()));
                double lat = town.latitude() + (random.nextDouble() - 0.5) * 0.06;
                double lon = town.longitude() + (random.nextDouble() - 0.5) * 0.1;
                String[] answer = bench.get(String.format(
                                Locale.ROOT,
                                "api/it/bench/select?lat=%.6f&lon=%.6f&radius=%d&region=%s",
                                lat,
                                lon,
                                radius,
                                town.region()))
                        .body()
                        .strip()
                        .split(" ");
                if (i >= WARM_UP) {
                    millis.add(Long.parseLong(answer[0]) / 1e6);
                    reached.add(Double.parseDouble(answer[1]));
                }
            }
            String key = "targeting." + database.toLowerCase(Locale.ROOT) + "." + radius;
            String what = String.format(
                    Locale.ROOT, "Targeting %s, %,d participants, %s radius: ", database, participants, metres(radius));
            figures.add(key + ".p50", what + "p50", Figures.median(millis), "ms");
            figures.atMost(key + ".p95", what + "p95", Figures.percentile(millis, 95), "ms", 50);
            figures.add(key + ".reached", what + "participants selected (median)", Figures.median(reached), "");
        }
    }

    private static String metres(int radius) {
        return radius >= 1_000 ? radius / 1_000 + " km" : radius + " m";
    }
}
