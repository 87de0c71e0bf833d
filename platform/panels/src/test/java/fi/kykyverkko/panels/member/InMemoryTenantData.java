package fi.kykyverkko.panels.member;

import fi.kykyverkko.kernel.tenancy.TenantData;
import fi.kykyverkko.kernel.tenancy.TenantId;
import fi.kykyverkko.panels.meeting.MeetingStatus;
import fi.kykyverkko.panels.meeting.PanelMeeting;
import fi.kykyverkko.panels.memos.MeetingMemo;
import fi.kykyverkko.panels.memos.MemoComment;
import fi.kykyverkko.panels.memos.MemoState;
import fi.kykyverkko.panels.mood.MoodMarker;
import fi.kykyverkko.shell.ShellTestKit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The few queries the member page's services (memos, own-phone mood) make, answered from lists in memory, so their
 * real rules run in a unit test: {@code find}, {@code persist} (ids given as the database would), and the queries by
 * their text. A transaction that throws keeps nothing it persisted, as a rollback.
 */
final class InMemoryTenantData extends TenantData {

    final Map<Class<?>, Map<Object, Object>> rows = new HashMap<>();
    final List<Object> persisted = new ArrayList<>();
    private long nextId = 100;

    void put(Object entity, Object id) {
        rows.computeIfAbsent(entity.getClass(), c -> new HashMap<>()).put(id, entity);
    }

    <T> List<T> all(Class<T> type) {
        return rows.getOrDefault(type, Map.of()).values().stream().map(type::cast).toList();
    }

    @Override
    public <R> R call(TenantId tenant, Function<EntityManager, R> work) {
        List<Object> before = new ArrayList<>(persisted);
        List<Object> added = new ArrayList<>();
        EntityManager em = (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{EntityManager.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "find" -> rows.getOrDefault((Class<?>) args[0], Map.of()).get(args[1]);
                    case "persist" -> {
                        added.add(args[0]);
                        yield null;
                    }
                    case "createQuery" -> query((String) args[0], added);
                    default -> null;
                });
        R result = work.apply(em);
        for (Object row : added) { // committed
            Object id;
            try {
                var field = findIdField(row.getClass());
                field.setAccessible(true);
                id = field.get(row);
                if (id == null) {
                    id = nextId++;
                    ShellTestKit.inject(row, "id", id);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            put(row, id);
            persisted.add(row);
        }
        assert persisted.containsAll(before);
        return result;
    }

    private static java.lang.reflect.Field findIdField(Class<?> type) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField("id");
            } catch (NoSuchFieldException e) {
                // up
            }
        }
        throw new NoSuchFieldException("id");
    }

    @SuppressWarnings("unchecked")
    private TypedQuery<Object> query(String jpql, List<Object> added) {
        Map<String, Object> params = new HashMap<>();
        return (TypedQuery<Object>) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{TypedQuery.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setParameter" -> {
                        params.put((String) args[0], args[1]);
                        yield proxy;
                    }
                    case "getResultList" -> results(jpql, params, added);
                    case "getResultStream" -> results(jpql, params, added).stream();
                    case "getSingleResult" -> results(jpql, params, added).get(0);
                    default -> proxy;
                });
    }

    private List<Object> results(String jpql, Map<String, Object> p, List<Object> added) {
        if (jpql.contains("COUNT(k) FROM MoodMarker")) {
            long n = Stream.concat(all(MoodMarker.class).stream(), added.stream().filter(MoodMarker.class::isInstance).map(MoodMarker.class::cast))
                    .filter(k -> k.getMeetingId() == (long) p.get("g") && k.getMemberId() == (long) p.get("m")).count();
            return List.of(n);
        }
        if (jpql.contains("FROM PanelMeeting")) {
            return all(PanelMeeting.class).stream().filter(m -> m.getPanelId() == (long) p.get("p"))
                    .filter(m -> !p.containsKey("c") || m.getStatus() != MeetingStatus.CANCELLED).map(Object.class::cast).toList();
        }
        if (jpql.contains("FROM MeetingMemo m WHERE m.panelId")) {
            return all(MeetingMemo.class).stream().filter(m -> m.getPanelId() == (long) p.get("p") && m.getState() != MemoState.DRAFT)
                    .map(Object.class::cast).toList();
        }
        if (jpql.contains("FROM MemoComment c WHERE c.submissionKey")) {
            return all(MemoComment.class).stream().filter(c -> c.getSubmissionKey().equals(p.get("k"))).map(Object.class::cast).toList();
        }
        if (jpql.contains("FROM MemoComment c WHERE c.memoId")) {
            return all(MemoComment.class).stream().filter(c -> c.getMemoId() == (long) p.get("m")).map(Object.class::cast).toList();
        }
        if (jpql.contains("FROM MemoPhoto")) {
            return List.of();
        }
        throw new IllegalArgumentException("not answered in memory: " + jpql);
    }
}
