package fi.kykyverkko.consultations.stats;

import fi.kykyverkko.consultations.booking.Outcome;
import fi.kykyverkko.consultations.booking.Reason;
import fi.kykyverkko.consultations.sessions.SessionState;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The anonymous statistics of consultation hours over a period, computed from rows that name nobody: cases (not
 * cancelled) per month, by the asker's profession and organisation, by reason and by outcome, their handling time,
 * sessions released, and expert time used and freed (a session's length times its panel's size); pair consultations held
 * count in the same figures by profession, organisation and outcome, and on their own per month. Pure, so it is tested
 * without a database.
 */
public record Tally(List<MonthFigures> months, Map<String, Long> byProfession, Map<String, Long> byOrganisation,
                    Map<Reason, Long> byReason, Map<Outcome, Long> byOutcome, long withoutOutcome, long cases, long casesTimed,
                    long handlingMinutes, long sessionsHeld, long sessionsReleased, long expertMinutesUsed, long expertMinutesFreed,
                    long pairConsultations) {

    /** A pair consultation held, as counted: the month it was held, its outcome, the requester's profession and organisation, minutes. */
    public record PairRow(YearMonth month, Outcome outcome, String profession, String organisation, Integer minutes) {
    }

    /** A case as counted: its session's month, reason, outcome (null while open), the asker's profession and organisation, minutes. */
    public record CaseRow(YearMonth month, Reason reason, Outcome outcome, String profession, String organisation, Integer minutes) {
    }

    /** A session as counted: its month, state, cases booked, length in minutes and panel size. */
    public record SessionRow(YearMonth month, SessionState state, int booked, long minutes, int panel) {
    }

    /** One month: cases, sessions held (had cases) and released, expert minutes used and freed, pair consultations held. */
    public record MonthFigures(YearMonth month, long cases, long held, long released, long expertMinutesUsed, long expertMinutesFreed,
                               long pairs) {
    }

    /** The mean handling time of the cases that have one, in whole minutes; 0 when none has. */
    public long meanHandlingMinutes() {
        return casesTimed == 0 ? 0 : Math.round((double) handlingMinutes / casesTimed);
    }

    public static Tally of(List<CaseRow> cases, List<SessionRow> sessions, YearMonth first, YearMonth last) {
        return of(cases, sessions, List.of(), first, last);
    }

    public static Tally of(List<CaseRow> cases, List<SessionRow> sessions, List<PairRow> pairs, YearMonth first, YearMonth last) {
        Map<YearMonth, long[]> perMonth = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            perMonth.put(m, new long[6]);
        }
        Map<String, Long> byProfession = new TreeMap<>();
        Map<String, Long> byOrganisation = new TreeMap<>();
        Map<Reason, Long> byReason = new EnumMap<>(Reason.class);
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        long withoutOutcome = 0;
        long timed = 0;
        long minutes = 0;
        for (CaseRow c : cases) {
            long[] month = perMonth.get(c.month());
            if (month == null) {
                continue;
            }
            month[0]++;
            byProfession.merge(c.profession(), 1L, Long::sum);
            byOrganisation.merge(c.organisation() == null ? "–" : c.organisation(), 1L, Long::sum);
            byReason.merge(c.reason(), 1L, Long::sum);
            if (c.outcome() == null) {
                withoutOutcome++;
            } else {
                byOutcome.merge(c.outcome(), 1L, Long::sum);
            }
            if (c.minutes() != null) {
                timed++;
                minutes += c.minutes();
            }
        }
        long pairCount = 0;
        for (PairRow p : pairs) {
            long[] month = perMonth.get(p.month());
            if (month == null) {
                continue;
            }
            month[5]++;
            pairCount++;
            byProfession.merge(p.profession(), 1L, Long::sum);
            byOrganisation.merge(p.organisation() == null ? "–" : p.organisation(), 1L, Long::sum);
            byOutcome.merge(p.outcome(), 1L, Long::sum);
            if (p.minutes() != null) {
                timed++;
                minutes += p.minutes();
            }
        }
        long held = 0;
        long released = 0;
        long used = 0;
        long freed = 0;
        for (SessionRow s : sessions) {
            long[] month = perMonth.get(s.month());
            if (month == null) {
                continue;
            }
            long expertMinutes = s.minutes() * s.panel();
            if (s.state() == SessionState.RELEASED) {
                month[2]++;
                month[4] += expertMinutes;
                released++;
                freed += expertMinutes;
            } else if (s.booked() > 0) {
                month[1]++;
                month[3] += expertMinutes;
                held++;
                used += expertMinutes;
            }
        }
        List<MonthFigures> months = new ArrayList<>();
        perMonth.forEach((m, f) -> months.add(new MonthFigures(m, f[0], f[1], f[2], f[3], f[4], f[5])));
        long total = months.stream().mapToLong(MonthFigures::cases).sum();
        return new Tally(months, byProfession, byOrganisation, byReason, byOutcome, withoutOutcome, total, timed, minutes,
                held, released, used, freed, pairCount);
    }
}
