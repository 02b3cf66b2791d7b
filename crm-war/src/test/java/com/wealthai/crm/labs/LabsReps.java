package com.wealthai.crm.labs;

import com.wealthai.crm.core.api.SalesRepDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/**
 * The two sales reps the labs users and customers belong to: the first two reps of the module that
 * owns reps (crm-customers), or ids 1 and 2 when no module does. Computed the same way by the demo
 * users and the AI tool, so that they agree on every start.
 */
@ApplicationScoped
public class LabsReps {

    @Inject
    Instance<SalesRepDirectory> directory;

    public long first() {
        return ids().get(0);
    }

    public long second() {
        return ids().get(1);
    }

    private List<Long> ids() {
        if (directory.isResolvable()) {
            List<Long> ids = directory.get().all().stream().map(SalesRepDirectory.SalesRepRef::id).sorted(Comparator.naturalOrder()).toList();
            if (ids.size() >= 2) {
                return ids;
            }
        }
        return List.of(1L, 2L);
    }
}
