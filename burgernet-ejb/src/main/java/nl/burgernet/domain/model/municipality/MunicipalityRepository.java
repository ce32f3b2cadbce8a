package nl.burgernet.domain.model.municipality;

import java.util.List;
import java.util.Optional;

public interface MunicipalityRepository {

    Municipality store(Municipality municipality);

    Optional<Municipality> findByCbsCode(CbsCode code);

    List<Municipality> findAll();
}
