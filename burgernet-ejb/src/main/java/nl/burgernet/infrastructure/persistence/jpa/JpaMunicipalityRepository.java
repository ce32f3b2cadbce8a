package nl.burgernet.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.burgernet.domain.model.municipality.CbsCode;
import nl.burgernet.domain.model.municipality.Municipality;
import nl.burgernet.domain.model.municipality.MunicipalityRepository;

@ApplicationScoped
public class JpaMunicipalityRepository implements MunicipalityRepository {

    @PersistenceContext(unitName = "burgernet")
    private EntityManager em;

    @Override
    public Municipality store(Municipality municipality) {
        if (municipality.id() == null) {
            em.persist(municipality);
            return municipality;
        }
        return em.merge(municipality);
    }

    @Override
    public Optional<Municipality> findByCbsCode(CbsCode code) {
        return em.createNamedQuery("Municipality.findByCbsCode", Municipality.class)
                .setParameter("cbsCode", code.value())
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Municipality> findAll() {
        return em.createNamedQuery("Municipality.findAll", Municipality.class).getResultList();
    }
}
