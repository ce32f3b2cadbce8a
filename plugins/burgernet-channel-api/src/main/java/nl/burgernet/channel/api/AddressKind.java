package nl.burgernet.channel.api;

/**
 * The kind of address a channel needs to reach a participant. The core asks for it in the forms, checks it by its
 * kind and stores it per participant and channel; the channel only declares which kind it wants.
 */
public enum AddressKind {
    /** An e-mail address ({@code naam@voorbeeld.nl}). */
    EMAIL,
    /** A mobile number that can receive text messages, stored in E.164 ({@code +31612345678}). */
    MOBILE_NUMBER,
    /** Any phone number, landline or mobile, stored in E.164 ({@code +31301234567}). */
    PHONE_NUMBER,
    /** A push subscription the resident's browser or app hands over (JSON); never typed by a person. */
    PUSH_SUBSCRIPTION,
    /** No address: the channel reaches people another way (a public feed, a display). */
    NONE
}
