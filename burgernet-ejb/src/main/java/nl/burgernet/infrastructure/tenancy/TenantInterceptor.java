package nl.burgernet.infrastructure.tenancy;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Applies the current municipality to the transaction's persistence context before the service method runs, so that
 * EclipseLink filters every query and stamps every insert of tenant-owned entities with it. Fails when no
 * municipality is set: tenant-owned data is never read unfiltered by accident.
 */
@Tenanted
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantInterceptor {

    @PersistenceContext(unitName = "burgernet")
    EntityManager em;

    @AroundInvoke
    Object applyTenant(InvocationContext ctx) throws Exception {
        em.setProperty(TenantContext.PROPERTY, TenantContext.require());
        return ctx.proceed();
    }
}
