package fi.kykyverkko.clients.caseloads;

import java.util.Optional;

/** A worker's open episodes in one service against the service's cap, for the manager's caseload view. */
public record WorkerCaseload(long personId, String personName, String serviceCode, long open, long overdue, Optional<Integer> cap) {

    public boolean atOrOverCap() {
        return cap.isPresent() && open >= cap.get();
    }
}
