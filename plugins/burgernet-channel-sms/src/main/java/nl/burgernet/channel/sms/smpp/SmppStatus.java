package nl.burgernet.channel.sms.smpp;

import org.jsmpp.SMPPConstant;

/** What a submit_sm_resp's command status means for the message. */
public enum SmppStatus {
    /** The SMSC is busy or throttling: wait a little and submit again. */
    BUSY,
    /** This destination will never take the message: do not try again. */
    PERMANENT,
    /** Something else went wrong at the SMSC: the core tries the delivery again later. */
    TEMPORARY;

    public static SmppStatus of(int commandStatus) {
        return switch (commandStatus) {
            case SMPPConstant.STAT_ESME_RTHROTTLED, SMPPConstant.STAT_ESME_RMSGQFUL -> BUSY;
            case SMPPConstant.STAT_ESME_RINVDSTADR,
                    SMPPConstant.STAT_ESME_RINVDSTTON,
                    SMPPConstant.STAT_ESME_RINVDSTNPI,
                    SMPPConstant.STAT_ESME_RPROHIBITED -> PERMANENT;
            default -> TEMPORARY;
        };
    }

    /** The SMPP name of a status, for operators: "ESME_RTHROTTLED (0x58)". */
    public static String describe(int commandStatus) {
        String name =
                switch (commandStatus) {
                    case SMPPConstant.STAT_ESME_RTHROTTLED -> "ESME_RTHROTTLED";
                    case SMPPConstant.STAT_ESME_RMSGQFUL -> "ESME_RMSGQFUL";
                    case SMPPConstant.STAT_ESME_RINVDSTADR -> "ESME_RINVDSTADR";
                    case SMPPConstant.STAT_ESME_RINVDSTTON -> "ESME_RINVDSTTON";
                    case SMPPConstant.STAT_ESME_RINVDSTNPI -> "ESME_RINVDSTNPI";
                    case SMPPConstant.STAT_ESME_RPROHIBITED -> "ESME_RPROHIBITED";
                    case SMPPConstant.STAT_ESME_RINVPASWD -> "ESME_RINVPASWD";
                    case SMPPConstant.STAT_ESME_RINVSYSID -> "ESME_RINVSYSID";
                    case SMPPConstant.STAT_ESME_RBINDFAIL -> "ESME_RBINDFAIL";
                    case SMPPConstant.STAT_ESME_RALYBND -> "ESME_RALYBND";
                    case SMPPConstant.STAT_ESME_RINVSRCADR -> "ESME_RINVSRCADR";
                    case SMPPConstant.STAT_ESME_RSYSERR -> "ESME_RSYSERR";
                    case SMPPConstant.STAT_ESME_RSUBMITFAIL -> "ESME_RSUBMITFAIL";
                    case SMPPConstant.STAT_ESME_RINVMSGLEN -> "ESME_RINVMSGLEN";
                    case SMPPConstant.STAT_ESME_RINVDCS -> "ESME_RINVDCS";
                    default -> "status";
                };
        return name + " (0x" + String.format("%02X", commandStatus) + ")";
    }
}
