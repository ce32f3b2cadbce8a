package nl.burgernet.domain.model.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import nl.burgernet.infrastructure.tenancy.TenantContext;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One address of a participant (home, work...), with its coordinates. Tenant-owned like its participant, because
 * targeting queries read addresses directly.
 */
@Entity
@Table(name = "participant_address")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "municipality_id", contextProperty = TenantContext.PROPERTY)
public class ParticipantAddress {

    @Id
    @SequenceGenerator(name = "participant_address_seq", sequenceName = "participant_address_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participant_address_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id")
    private Participant participant;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String postcode;

    @Column(name = "house_number", nullable = false)
    private int houseNumber;

    private String suffix;

    private String place;

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    protected ParticipantAddress() {}

    ParticipantAddress(Participant participant, int position, AddressDetails a) {
        this.participant = participant;
        this.position = position;
        this.postcode = a.postcode();
        this.houseNumber = a.houseNumber();
        this.suffix = a.suffix();
        this.place = a.place();
        this.latitude = a.latitude();
        this.longitude = a.longitude();
    }

    public AddressDetails details() {
        return new AddressDetails(postcode, houseNumber, suffix, place, latitude, longitude);
    }

    public Participant participant() {
        return participant;
    }
}
