package nl.burgernet.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.burgernet.domain.model.identity.AppUser;
import nl.burgernet.domain.model.identity.AppUserRepository;

@ApplicationScoped
public class JpaAppUserRepository implements AppUserRepository {

    @PersistenceContext(unitName = "burgernet")
    private EntityManager em;

    @Override
    public AppUser store(AppUser user) {
        if (user.id() == null) {
            em.persist(user);
            return user;
        }
        return em.merge(user);
    }

    @Override
    public Optional<AppUser> findByUsername(String username) {
        return em.createNamedQuery("AppUser.findByUsername", AppUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<AppUser> findAll() {
        return em.createNamedQuery("AppUser.findAll", AppUser.class).getResultList();
    }
}
