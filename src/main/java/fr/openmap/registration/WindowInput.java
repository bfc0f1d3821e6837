package fr.openmap.registration;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A time when a participant is not available, as written: "HH:mm" times, a date only when not the event's day. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WindowInput(String start, String end, String date) {
}
