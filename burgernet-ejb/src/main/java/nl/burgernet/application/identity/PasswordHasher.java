package nl.burgernet.application.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 with SHA-256 through Jakarta Security's built-in hash. The iteration count makes a stolen hash expensive to
 * crack while a login still takes well under a second on a small server.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject
    Pbkdf2PasswordHash hash;

    private String dummyHash;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "120000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = hash.generate("not-a-password".toCharArray());
    }

    public String hash(char[] password) {
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("A password has at least 8 characters");
        }
        return hash.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return hash.verify(password, storedHash);
    }

    /** Spends the same time as a real check, so an unknown username cannot be told from a wrong password. */
    public void verifyNothing(char[] password) {
        hash.verify(password, dummyHash);
    }
}
