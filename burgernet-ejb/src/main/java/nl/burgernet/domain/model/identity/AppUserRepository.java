package nl.burgernet.domain.model.identity;

import java.util.List;
import java.util.Optional;

public interface AppUserRepository {

    AppUser store(AppUser user);

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findAll();
}
