package fr.openmap.web;

import fr.openmap.requests.RequestStatus;

/** The words of the personal page, in French (the default) or English. */
public record Labels(boolean english, String lang, String agendaTitle, String table, String noMeeting,
                     String programme, String requestsTitle, String noRequest, String askedBy,
                     String askedTo, String priority, String accept, String decline, String acceptedNotice,
                     String declinedNotice, String invalidLink, String notFound, String refusedTitle, String contact,
                     String answersFrozen, String answerRefused) {

    static final Labels FRENCH = new Labels(false, "fr", "Votre agenda", "table",
            "Vous n'avez pas encore de rendez-vous bilatéral.",
            "Programme", "Vos demandes de rendez-vous", "Aucune demande pour l'instant.",
            "vous a demandé un rendez-vous", "vous avez demandé un rendez-vous", "priorité",
            "Accepter", "Refuser", "Demande acceptée. Merci !", "Demande refusée.",
            "Ce lien n'est pas valide ou a été renouvelé. Demandez un nouveau lien à l'organisateur.",
            "Cette page n'existe pas.", "Accès impossible", "Contact",
            "Les réponses aux demandes sont closes : pour tout changement, écrivez à l'organisateur.",
            "Votre réponse n'a pas été enregistrée : les réponses aux demandes sont closes, ou la demande a changé entre-temps.");

    static final Labels ENGLISH = new Labels(true, "en", "Your agenda", "table",
            "You have no one-to-one meeting yet.",
            "Programme", "Your meeting requests", "No request yet.",
            "asked you for a meeting", "you asked for a meeting", "priority",
            "Accept", "Decline", "Request accepted. Thank you!", "Request declined.",
            "This link is not valid or was renewed. Ask the organizer for a new link.",
            "This page does not exist.", "Access denied", "Contact",
            "Answers to requests are closed: to change anything, write to the organizer.",
            "Your answer was not recorded: answers to requests are closed, or the request changed meanwhile.");

    static Labels of(boolean english) {
        return english ? ENGLISH : FRENCH;
    }

    String status(RequestStatus status) {
        return switch (status) {
            case PENDING -> english ? "awaiting an answer" : "en attente de réponse";
            case ACCEPTED -> english ? "accepted" : "acceptée";
            case DECLINED -> english ? "declined" : "refusée";
        };
    }
}
