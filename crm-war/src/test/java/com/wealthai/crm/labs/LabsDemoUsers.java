package com.wealthai.crm.labs;

import com.wealthai.crm.core.api.DemoDataLoader;
import com.wealthai.crm.core.api.Role;
import com.wealthai.crm.core.application.UserAdministration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Two reps of the labs module's tests, linked to the labs reps (see {@link LabsReps}; the owners of lab customers 901 and 902). */
@ApplicationScoped
public class LabsDemoUsers implements DemoDataLoader {

    public static final String PASSWORD = "labs-demo-secret";

    @Inject
    UserAdministration users;

    @Inject
    LabsReps reps;

    @Override
    public String moduleId() {
        return LabsModule.ID;
    }

    @Override
    public void load() {
        users.create(new UserAdministration.UserForm(null, 0, "labrep1", "Labs Rep 1", Set.of(Role.REP), reps.first(), "東京", true), PASSWORD);
        users.create(new UserAdministration.UserForm(null, 0, "labrep2", "Labs Rep 2", Set.of(Role.REP), reps.second(), "東京", true), PASSWORD);
    }
}
