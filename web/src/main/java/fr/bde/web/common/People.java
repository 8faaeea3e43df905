package fr.bde.web.common;

import fr.bde.security.domain.AppUser;
import fr.bde.security.service.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/** Users as screens name them: the display name behind a login (history, approval steps), once per request. */
@Named
@RequestScoped
public class People {

    @Inject
    private UserDirectory users;

    private final Map<String, String> names = new HashMap<>();

    public String name(String login) {
        if (login == null || login.isBlank()) {
            return "";
        }
        return names.computeIfAbsent(login, l -> users.findByLogin(l).map(AppUser::getDisplayName).orElse(l));
    }
}
