package nl.burgernet.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import nl.burgernet.domain.model.alert.AlertPriority;
import nl.burgernet.domain.model.alert.AlertStatus;
import nl.burgernet.domain.model.alert.AlertType;
import org.junit.jupiter.api.Test;

/** The enum schemas of the OpenAPI document are written out by hand in the config; they must name every constant. */
class OpenApiSchemasTest {

    @Test
    void theDocumentedEnumsAreTheJavaEnums() throws Exception {
        Properties config = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/META-INF/microprofile-config.properties")) {
            config.load(in);
        }
        assertDocumented(config, AlertType.class, ApiDocs.ALERT_TYPE);
        assertDocumented(config, AlertPriority.class, ApiDocs.ALERT_PRIORITY);
        assertDocumented(config, AlertStatus.class, ApiDocs.ALERT_STATUS);
    }

    private static void assertDocumented(Properties config, Class<? extends Enum<?>> type, String name) {
        JsonObject schema = Json.createReader(
                        new StringReader(config.getProperty("mp.openapi.schema." + type.getName())))
                .readObject();
        assertEquals(name, schema.getString("name"));
        assertEquals("string", schema.getString("type"));
        List<String> documented = schema.getJsonArray("enum").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
        List<String> actual =
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        assertEquals(actual, documented, type.getSimpleName());
    }
}
