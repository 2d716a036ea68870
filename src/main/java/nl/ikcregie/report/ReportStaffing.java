package nl.ikcregie.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import nl.ikcregie.agreement.StaffRole;

/** A role the agreement pays for in the report's year: the hours agreed and the hours actually in place. */
@Embeddable
public class ReportStaffing {

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_role", nullable = false, length = 30)
    public StaffRole role;

    @Column(name = "agreed_hours", nullable = false, precision = 5, scale = 2)
    public BigDecimal agreedHours;

    @Column(name = "hours_in_place", precision = 5, scale = 2)
    public BigDecimal hoursInPlace;

    public ReportStaffing() {
    }

    public ReportStaffing(StaffRole role, BigDecimal agreedHours) {
        this.role = role;
        this.agreedHours = agreedHours;
    }
}
