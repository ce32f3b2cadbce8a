package nl.burgernet.application.apikey;

/**
 * A key just created, with the full key in {@code plainKey}: the only time anyone sees it. The caller shows it once and
 * keeps it nowhere.
 */
public record NewApiKey(ApiKeyView key, String plainKey) {

    @Override
    public String toString() {
        return "NewApiKey[" + key + "]";
    }
}
