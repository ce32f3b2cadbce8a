package nl.burgernet.infrastructure.tenancy;

import java.util.concurrent.Callable;

/**
 * The municipality the current thread works for. Set by the boundary that knows it (a request filter from the
 * login's selection, an MDB from its message) around the work, and read by {@link TenantInterceptor}.
 */
public final class TenantContext {

    /** The EclipseLink context property the tenant discriminator columns are bound to. */
    public static final String PROPERTY = "burgernet.municipality";

    private static final ThreadLocal<Long> CURRENT = new ThreadLocal<>();

    private TenantContext() {}

    public static Long current() {
        return CURRENT.get();
    }

    public static long require() {
        Long id = CURRENT.get();
        if (id == null) {
            throw new NoTenantException();
        }
        return id;
    }

    /** Runs {@code work} for {@code municipalityId}, restoring whatever was set before. */
    public static <T> T callAs(long municipalityId, Callable<T> work) throws Exception {
        Long previous = CURRENT.get();
        CURRENT.set(municipalityId);
        try {
            return work.call();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(long municipalityId, Runnable work) {
        Long previous = CURRENT.get();
        CURRENT.set(municipalityId);
        try {
            work.run();
        } finally {
            restore(previous);
        }
    }

    /** For request filters, which set the tenant for a whole request and clear it afterwards. */
    public static void set(Long municipalityId) {
        restore(municipalityId);
    }

    public static void clear() {
        CURRENT.remove();
    }

    private static void restore(Long previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
