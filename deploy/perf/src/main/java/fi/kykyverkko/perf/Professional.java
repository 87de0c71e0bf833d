package fi.kykyverkko.perf;

import fi.kykyverkko.testkit.VaadinHttpSession;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual professional: logs in through Keycloak, then goes round the networks module as a person would (front
 * page, service catalogue and a search in it, people, groups, one group, a meeting planned and saved), each step one
 * named UIDL round trip, with think time between the steps.
 */
final class Professional {

    /** Group links in the groups list ("lappi/networks/group/12"). */
    static final Pattern GROUP_LINK = Pattern.compile("networks/group/(\\d+)");
    private static final List<String> SEARCHES = List.of("työ", "kuntoutus", "nuoret", "mielenterveys", "valmennus", "palvelu");

    private final PerfConfig config;
    private final java.util.function.Supplier<Recorder> recorders;
    private final HttpClient http;
    private final String username;
    private final String region;
    private final Random random;
    private VaadinHttpSession session;
    private List<Long> groupIds = List.of();
    private int rounds;
    private int lastAnswerChars;

    Professional(PerfConfig config, java.util.function.Supplier<Recorder> recorders, HttpClient http, int index) {
        this.config = config;
        this.recorders = recorders;
        this.http = http;
        this.username = config.username(index);
        this.region = config.region(index);
        this.random = new Random(index * 7919L);
    }

    String username() {
        return username;
    }

    /** Logs in (step "login": every request of the Keycloak login and the UI's init); false if it failed. */
    boolean login() {
        long t = System.nanoTime();
        try {
            session = VaadinHttpSession.login(config.base(), region, username, config.password(), http);
            recorders.get().time(Recorder.LOGIN, (System.nanoTime() - t) / 1000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            recorders.get().error(Recorder.LOGIN, e);
            session = null;
            return false;
        }
    }

    /** The live session, or null before the login and after it was lost. */
    VaadinHttpSession session() {
        return session;
    }

    /** Opens the front page, the catalogue and the groups list once (what {@link MemoryRun} leaves each session at). */
    boolean visit() throws InterruptedException {
        return step("front page", () -> go(region)) && step("catalogue", () -> go(region + "/networks/services"))
                && step("groups", () -> go(region + "/networks/groups"));
    }

    /** The length of the last navigation's UIDL answer (Flow keeps the last answer of each UI for a resend). */
    int lastAnswerChars() {
        return lastAnswerChars;
    }

    boolean loggedIn() {
        return session != null;
    }

    /** One round of the scenario; {@code think} sleeps between the steps. Returns false when the session is gone. */
    boolean round(Think think) throws InterruptedException {
        rounds++;
        if (!step("front page", () -> go(region)) || !think.pause()) {
            return false;
        }
        if (!step("catalogue", () -> go(region + "/networks/services")) || !think.pause()) {
            return false;
        }
        String term = SEARCHES.get(random.nextInt(SEARCHES.size()));
        if (!step("catalogue search", () -> session.setValue("catalogue-search", term)) || !think.pause()) {
            return false;
        }
        if (!step("people", () -> go(region + "/networks/people")) || !think.pause()) {
            return false;
        }
        if (!step("groups", () -> groupIds = groupIds(go(region + "/networks/groups").raw())) || !think.pause()) {
            return false;
        }
        if (groupIds.isEmpty()) {
            recorders.get().error("groups", new IllegalStateException("no group links in the groups list"));
            return true;
        }
        long group = groupIds.get(random.nextInt(groupIds.size()));
        if (!step("group", () -> go(region + "/networks/group/" + group)) || !think.pause()) {
            return false;
        }
        if (config.saveEvery() <= 0 || rounds % config.saveEvery() != 0) {
            return true;
        }
        if (!step("plan meeting", () -> session.click("plan-meeting")) || !think.pause()) {
            return false;
        }
        if (!step("meeting place", () -> session.setValue("meeting-place", "Kuormitustesti " + rounds)) || !think.pause()) {
            return false;
        }
        return step("save meeting", () -> {
            session.click("meeting-save");
            if (session.tree().byElementId("meeting-save").isPresent()) {
                throw new IllegalStateException("the meeting dialog stayed open after save");
            }
        });
    }

    /** Navigates; an answer saying the session or UI is gone is an error that needs a new login. */
    private VaadinHttpSession.Uidl go(String route) throws Exception {
        VaadinHttpSession.Uidl answer = session.navigate(route);
        lastAnswerChars = answer.raw().length();
        if (answer.sessionLost()) {
            throw new IllegalStateException("UIDL request of " + username + ": session lost");
        }
        return answer;
    }

    /** The group ids linked from a groups list answer, in order, without repeats. */
    static List<Long> groupIds(String uidl) {
        List<Long> ids = new ArrayList<>();
        Matcher m = GROUP_LINK.matcher(uidl);
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    interface Action {
        void run() throws Exception;
    }

    interface Think {
        /** Waits before the next step; false if the run is over. */
        boolean pause() throws InterruptedException;
    }

    /** Times one round trip; on an error records it and, if the UI is lost, drops the session. */
    private boolean step(String name, Action action) throws InterruptedException {
        long t = System.nanoTime();
        try {
            action.run();
            recorders.get().time(name, (System.nanoTime() - t) / 1000);
            return true;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            recorders.get().error(name, e);
            if (String.valueOf(e.getMessage()).contains("UIDL request")) {
                session = null; // the UI or the session is gone: log in again
                return false;
            }
            return true;
        }
    }
}
