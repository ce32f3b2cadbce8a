package nl.burgernet.channel.email.dkim;

import java.io.IOException;
import java.io.StringReader;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * Reads an RSA private key pasted by an admin. Bouncy Castle's PEM parser takes both forms tools write: PKCS#8
 * ({@code BEGIN PRIVATE KEY}, OpenSSL 3) and PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, older OpenSSL and most DKIM
 * guides).
 */
public final class PemKeys {

    private PemKeys() {}

    /** The RSA key in the PEM text, or empty when there is none (the caller tells the admin in words). */
    public static Optional<RSAPrivateKey> readRsaPrivateKey(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem.strip()))) {
            Object object = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            PrivateKey key;
            if (object instanceof PEMKeyPair pair) {
                key = converter.getKeyPair(pair).getPrivate();
            } else if (object instanceof PrivateKeyInfo info) {
                key = converter.getPrivateKey(info);
            } else {
                return Optional.empty();
            }
            return key instanceof RSAPrivateKey rsa ? Optional.of(rsa) : Optional.empty();
        } catch (PEMException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // Bouncy Castle reports damaged Base64 or ASN.1 as runtime exceptions; all mean "not a key".
            return Optional.empty();
        }
    }
}
