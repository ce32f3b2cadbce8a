package nl.burgernet.application.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.burgernet.domain.model.geo.DutchAddress;
import nl.burgernet.domain.model.geo.GeocodedAddress;
import nl.burgernet.domain.model.geo.Geocoder;
import nl.burgernet.domain.model.geo.GeocodingUnavailableException;
import nl.burgernet.domain.model.participant.AddressDetails;
import nl.burgernet.domain.model.participant.FieldError;
import nl.burgernet.domain.model.participant.ParticipantDetails;
import nl.burgernet.domain.model.participant.ParticipantRegistration;

/**
 * Turns a validated registration into what is stored: every address located by the configured geocoder. An address
 * that does not exist is the resident's typo ("address.notFound"); a geocoder that cannot be reached is ours
 * ("address.checkUnavailable"), and the input is kept so it can be tried again.
 */
@ApplicationScoped
public class AddressGeocoding {

    @Inject
    Geocoder geocoder;

    AddressGeocoding() {}

    public AddressGeocoding(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    public Result locate(ParticipantRegistration r) {
        List<AddressDetails> located = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < r.addresses().size(); i++) {
            DutchAddress a = r.addresses().get(i);
            String field = "addresses[" + i + "]";
            try {
                Optional<GeocodedAddress> found = geocoder.geocode(a);
                if (found.isEmpty()) {
                    errors.add(new FieldError(field, "address.notFound", List.of()));
                } else {
                    GeocodedAddress g = found.get();
                    located.add(new AddressDetails(
                            a.postcode().value(),
                            a.number().value(),
                            a.suffix().map(s -> s.value()).orElse(null),
                            g.place(),
                            g.coordinates().latitude(),
                            g.coordinates().longitude()));
                }
            } catch (GeocodingUnavailableException e) {
                errors.add(new FieldError(field, "address.checkUnavailable", List.of()));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        var quiet = r.quietHours();
        return new Result(
                Optional.of(new ParticipantDetails(
                        r.email().value(),
                        null,
                        r.birthYear().value(),
                        r.language().code(),
                        r.contacts(),
                        quiet.map(q -> q.from()).orElse(null),
                        quiet.map(q -> q.to()).orElse(null),
                        located)),
                List.of());
    }

    /** Either the details to store, or why not. */
    public record Result(Optional<ParticipantDetails> details, List<FieldError> errors) {}
}
