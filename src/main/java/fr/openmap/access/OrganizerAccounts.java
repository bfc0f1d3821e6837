package fr.openmap.access;

import fr.openmap.i18n.Text;
import fr.openmap.validation.ConflictException;
import fr.openmap.validation.InvalidInputException;
import fr.openmap.validation.NotFoundException;
import fr.openmap.validation.Problems;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organizer accounts: checking a password (API Basic and the console's sign-in form alike),
 * adding and removing accounts, and the first account from the configuration when there is none.
 * There is always at least one account: the last one cannot be removed.
 */
@ApplicationScoped
public class OrganizerAccounts {

    /** Who created the first account, the one made from OPENMAP_ORGANIZER_USER / _PASSWORD. */
    public static final String CONFIGURATION = "configuration";
    static final int PASSWORD_MIN = 12;
    /** bcrypt reads no further than 72 bytes: a longer password would be cut without a word. */
    static final int PASSWORD_MAX_BYTES = 72;
    static final int USERNAME_MAX = 255;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]+");
    private static final Logger LOG = Logger.getLogger(OrganizerAccounts.class);

    @Inject
    OrganizerConfig config;

    private volatile String unknownUserHash;

    @Transactional
    void createFirstAccount(@Observes StartupEvent start) {
        if (OrganizerAccount.count() > 0) {
            return;
        }
        String password = config.password().filter(p -> !p.isBlank()).orElseThrow(() -> new IllegalStateException(
                "there is no organizer account yet: set OPENMAP_ORGANIZER_PASSWORD (and OPENMAP_ORGANIZER_USER) for the first one"));
        OrganizerAccount account = new OrganizerAccount();
        account.username = config.user();
        account.passwordHash = BcryptUtil.bcryptHash(password, config.bcryptCost());
        account.createdBy = CONFIGURATION;
        account.persist();
        LOG.infof("organizer account '%s' created from the configuration", account.username);
    }

    /**
     * The account's user name if this is its password. An unknown user costs the same bcrypt check
     * as a known one, so the time of the answer does not tell which user names exist.
     */
    @Transactional
    public Optional<String> check(String username, String password) {
        Optional<OrganizerAccount> account = username == null ? Optional.empty() : OrganizerAccount.findByUsername(username);
        if (account.isEmpty()) {
            BcryptUtil.matches(password, unknownUserHash());
            return Optional.empty();
        }
        return BcryptUtil.matches(password, account.get().passwordHash) ? Optional.of(account.get().username) : Optional.empty();
    }

    @Transactional
    public boolean exists(String username) {
        return OrganizerAccount.findByUsername(username).isPresent();
    }

    @Transactional
    public List<OrganizerAccount> list() {
        return OrganizerAccount.list("order by username");
    }

    /** Adds an account; 422 naming {@code username} or {@code password} when one is not acceptable. */
    @Transactional
    public OrganizerAccount add(String username, String password, String addedBy) {
        Problems problems = new Problems();
        String name = problems.requiredText("username", username, USERNAME_MAX);
        if (name != null && !USERNAME.matcher(name).matches()) {
            problems.add("username", Text.of("'" + Problems.shown(name) + "' is not a valid user name: letters, digits, '.', '_', '@' or '-'",
                    "« " + Problems.shown(name) + " » n'est pas un nom d'utilisateur valide : lettres, chiffres, « . », « _ », « @ » ou « - »"));
        } else if (name != null && OrganizerAccount.findByUsername(name).isPresent()) {
            problems.add("username", Text.of("an organizer account '" + name + "' already exists",
                    "un compte organisateur « " + name + " » existe déjà"));
        }
        if (password == null || password.length() < PASSWORD_MIN) {
            problems.add("password", Text.of("is too short: " + PASSWORD_MIN + " characters at least",
                    "est trop court : " + PASSWORD_MIN + " caractères au moins"));
        } else if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            problems.add("password", Text.of("is too long: " + PASSWORD_MAX_BYTES + " bytes at most",
                    "est trop long : " + PASSWORD_MAX_BYTES + " octets au plus"));
        }
        problems.throwIfAny();
        OrganizerAccount account = new OrganizerAccount();
        account.username = name;
        account.passwordHash = BcryptUtil.bcryptHash(password, config.bcryptCost());
        account.createdBy = addedBy;
        account.persist();
        LOG.infof("organizer account '%s' added by %s", name, addedBy);
        return account;
    }

    /**
     * Removes an account; never the last one, and one's own only when {@code confirmedSelf} (it
     * signs its holder out). Every account is locked first, so that two organizers removing each
     * other at once cannot leave none.
     */
    @Transactional
    public void remove(String username, String removedBy, boolean confirmedSelf) {
        List<OrganizerAccount> all = OrganizerAccount.<OrganizerAccount>find("order by id")
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        OrganizerAccount account = all.stream().filter(a -> a.username.equals(username)).findFirst()
                .orElseThrow(() -> new NotFoundException(Text.of("no organizer account '" + username + "'",
                        "aucun compte organisateur « " + username + " »")));
        if (all.size() == 1) {
            throw new ConflictException(Text.of("the last organizer account cannot be removed: add another one first",
                    "le dernier compte organisateur ne peut pas être supprimé : ajoutez-en d'abord un autre"));
        }
        if (username.equals(removedBy) && !confirmedSelf) {
            throw InvalidInputException.of("confirm", Text.of("removing your own account signs you out: confirm it first",
                    "supprimer votre propre compte vous déconnecte : confirmez-le d'abord"));
        }
        account.delete();
        LOG.infof("organizer account '%s' removed by %s", username, removedBy);
    }

    private String unknownUserHash() {
        if (unknownUserHash == null) {
            unknownUserHash = BcryptUtil.bcryptHash("no such organizer", config.bcryptCost());
        }
        return unknownUserHash;
    }
}
