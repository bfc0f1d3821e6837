package fr.openmap.event;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalTime;

/** One item of an event's programme, kept in its file order by {@code position}. */
@Entity
@Table(name = "programme_items")
public class ProgrammeItem extends PanacheEntity {

    @ManyToOne(optional = false)
    public Event event;
    @Column(nullable = false)
    public int position;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeKind kind;
    @Column(nullable = false)
    public String title;
    @Column(name = "item_date", nullable = false)
    public LocalDate date;
    @Column(name = "start_time", nullable = false)
    public LocalTime start;
    @Column(name = "end_time", nullable = false)
    public LocalTime end;
    @Column(name = "slot_minutes")
    public Integer slotMinutes;
    @Column(name = "changeover_minutes")
    public Integer changeoverMinutes;

    public ProgrammeItemData toData() {
        return new ProgrammeItemData(kind, title, date, start, end, slotMinutes, changeoverMinutes);
    }
}
