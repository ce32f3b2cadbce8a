package nl.burgernet.channel.api;

import java.net.URI;

/** Checks shared by the records that carry links residents click. */
final class Links {

    private Links() {}

    static boolean isWebAddress(URI uri) {
        return uri.isAbsolute()
                && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null;
    }

    static URI requireWebAddress(URI uri, String what) {
        if (uri == null || !isWebAddress(uri)) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) address: " + uri);
        }
        return uri;
    }
}
