package nl.ikcregie.zgw;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The batch of each application in the current transaction: the id of the first outbox row it wrote.
 * The rows of one transaction are sent in the order of their rank, not of the events that made them
 * (the status change of a decision is fired before the decision's own event).
 */
@TransactionScoped
public class OutboxBatches implements Serializable {

    private final Map<Long, Long> batches = new HashMap<>();

    Long batchOf(long applicationId) {
        return batches.get(applicationId);
    }

    void start(long applicationId, long batchId) {
        batches.putIfAbsent(applicationId, batchId);
    }
}
