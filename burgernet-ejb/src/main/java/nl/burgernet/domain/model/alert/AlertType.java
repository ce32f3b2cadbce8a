package nl.burgernet.domain.model.alert;

/**
 * What an alert is about. The type sets the default circle around the incident, how far the alert may reach, and
 * whether it overrides residents' quiet hours and weekly message budget.
 */
public enum AlertType {
    /** A suspect or person described in the message. */
    SUSPECT(1_500, Reach.MUNICIPALITY, false),
    /** A vehicle (e.g. after a hit-and-run), which moves faster: a wider circle. */
    VEHICLE(3_000, Reach.MUNICIPALITY, false),
    /** A briefly lost person or child, local, without photo. */
    MISSING_PERSON(1_000, Reach.MUNICIPALITY, true),
    /** Vermist Kind Alert: serious concern for a missing child, regional. */
    VERMIST_KIND(10_000, Reach.REGION, true),
    /** AMBER Alert: life-threatening, national. */
    AMBER(0, Reach.NATIONAL, true),
    /** Burglary wave or other prevention warning: "be extra alert". */
    BURGLARY_WARNING(2_000, Reach.MUNICIPALITY, false),
    /** Digital door-to-door inquiry (digitaal buurtonderzoek): "did you see anything?". */
    DOOR_TO_DOOR_INQUIRY(500, Reach.MUNICIPALITY, false);

    private final int defaultRadiusMetres;
    private final Reach reach;
    private final boolean urgent;

    AlertType(int defaultRadiusMetres, Reach reach, boolean urgent) {
        this.defaultRadiusMetres = defaultRadiusMetres;
        this.reach = reach;
        this.urgent = urgent;
    }

    /** The circle an operator starts from; 0 for national alerts, which have no circle. */
    public int defaultRadiusMetres() {
        return defaultRadiusMetres;
    }

    public Reach reach() {
        return reach;
    }

    /** Missing children cannot wait for the morning: urgent types ignore quiet hours and the weekly budget. */
    public boolean urgent() {
        return urgent;
    }

    public enum Reach {
        MUNICIPALITY,
        REGION,
        NATIONAL
    }
}
