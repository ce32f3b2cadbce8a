package nl.burgernet.interfaces.admin;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where on the participant form a validator error belongs: the validator names fields by path ("email",
 * "addresses[1].houseNumber"), the form by component id ("email", "addresses:1:houseNumber" inside the address
 * repeat). Errors about the whole address list, or about an address the geocoder cannot find, land on the list or on
 * that address's postcode.
 */
final class FieldErrorTargets {

    private static final Pattern ADDRESS = Pattern.compile("addresses\\[(\\d+)](?:\\.(postcode|houseNumber|suffix))?");

    private FieldErrorTargets() {}

    /**
     * The client id of the component that shows the error, within the form {@code formId}.
     *
     * @param channelIds the channels in the order of the form's contact repeat: a channel's address error
     *     ("contacts.pager") lands on its number field ("contacts:2:number")
     */
    static String clientId(String formId, String field, List<String> channelIds) {
        if (field.startsWith("contacts.")) {
            int index = channelIds.indexOf(field.substring("contacts.".length()));
            return index < 0 ? formId + ":channels" : formId + ":contacts:" + index + ":number";
        }
        Matcher address = ADDRESS.matcher(field);
        if (address.matches()) {
            String part = address.group(2) == null ? "postcode" : address.group(2);
            return formId + ":addresses:" + address.group(1) + ":" + part;
        }
        String local =
                switch (field) {
                    case "quietHours.from" -> "quietFrom";
                    case "quietHours.to" -> "quietTo";
                    case "addresses" -> "addressList";
                    default -> field;
                };
        return formId + ":" + local;
    }
}
