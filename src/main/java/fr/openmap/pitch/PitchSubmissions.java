package fr.openmap.pitch;

import fr.openmap.pitch.PitchForms.ApplicationForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * An application sent with its PDF dossier at once, as a form in the browser sends them: the
 * application's and the dossier's own rules ({@link PitchApplicationService}), in one transaction,
 * so that a refused dossier leaves no application behind.
 */
@ApplicationScoped
public class PitchSubmissions {

    @Inject
    PitchApplicationService applications;

    /** Applies, then attaches {@code dossier} when one is given (null: none); anything refused writes nothing. */
    @Transactional
    public PitchApplication apply(long eventId, ApplicationForm form, String dossierType, byte[] dossier) {
        PitchApplication application = applications.apply(eventId, form);
        if (dossier != null) {
            applications.attachDossier(eventId, form.structure(), dossierType, dossier);
        }
        return application;
    }
}
