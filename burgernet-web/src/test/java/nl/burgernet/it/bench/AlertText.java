package nl.burgernet.it.bench;

/** The benchmark alert's text: a real-sized Burgernet message, so the mails are as large as real ones (≈ 4 KB). */
final class AlertText {

    static final String BODY = "Sinds vanmiddag 15.00 uur wordt de 78-jarige Henk de Vries vermist. Hij is voor het"
            + " laatst gezien bij het winkelcentrum aan het Stationsplein. Henk is ongeveer 1,80 meter lang, heeft"
            + " kort grijs haar en loopt met een rollator. Hij draagt een donkerblauwe jas, een grijze broek en zwarte"
            + " schoenen. Henk is dementerend en kan verward overkomen; hij heeft zijn medicijnen nodig. Ziet u hem?"
            + " Bel direct 112 en blijf bij hem in de buurt. Heeft u hem eerder vandaag gezien, of heeft u camerabeelden"
            + " van uw voordeur of oprit? Beantwoord dan deze e-mail. Alvast bedankt voor uw hulp.";

    private AlertText() {}
}
