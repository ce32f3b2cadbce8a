/**
 * Tenant isolation in one place. A boundary (web filter, MDB, timer) says which municipality it works for; the
 * {@link nl.burgernet.infrastructure.tenancy.TenantInterceptor} hands that to EclipseLink's multitenancy, which adds
 * the municipality to every query and insert of tenant-owned entities. Code that must see several municipalities
 * (the platform admin, national AMBER targeting) does so explicitly, never by forgetting a filter.
 */
package nl.burgernet.infrastructure.tenancy;
