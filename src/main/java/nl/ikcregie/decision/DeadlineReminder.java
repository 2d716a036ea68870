package nl.ikcregie.decision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder that was sent, by key (deadline, due date, stage), so none is sent twice. */
@Entity
@Table(name = "deadline_reminder")
public class DeadlineReminder extends PanacheEntityBase {

    @Id
    @Column(name = "reminder_key", length = 200)
    public String key;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;
}
