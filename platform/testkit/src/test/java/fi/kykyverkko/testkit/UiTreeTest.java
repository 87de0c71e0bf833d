package fi.kykyverkko.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The UI tree a client without a browser rebuilds from UIDL changes (the shape Flow 24 sends). */
class UiTreeTest {

    private static JsonObject answer(String changes) {
        return Json.createReader(new StringReader("{\"syncId\":1,\"changes\":" + changes + "}")).readObject();
    }

    @Test
    void findsAnElementByItsIdAndReadsItsText() {
        UiTree tree = new UiTree();
        tree.apply(answer("""
                [{"node":5,"type":"attach"},{"node":5,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
                 {"node":5,"type":"put","key":"id","feat":3,"value":"plan-meeting"},
                 {"node":6,"type":"attach"},{"node":6,"type":"put","key":"text","feat":7,"value":"Suunnittele "},
                 {"node":7,"type":"attach"},{"node":7,"type":"put","key":"text","feat":7,"value":"kokous"},
                 {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[6,7]},
                 {"node":8,"type":"attach"},{"node":8,"type":"put","key":"tag","feat":0,"value":"vaadin-text-field"},
                 {"node":8,"type":"put","key":"id","feat":3,"value":"meeting-place"},
                 {"node":8,"type":"put","key":"value","feat":1,"value":""}]"""));
        UiTree.Node button = tree.byElementId("plan-meeting").orElseThrow();
        assertEquals(5, button.id());
        assertEquals("Suunnittele kokous", tree.text(5));
        assertEquals(5, tree.byTagAndText("vaadin-button", "kokous").orElseThrow().id());
        assertEquals(1, tree.byElementId("meeting-place").orElseThrow().feature("value"), "the value is a property");
        assertEquals(-1, button.feature("value"));
    }

    @Test
    void followsRemovedChildrenAndDetachedNodes() {
        UiTree tree = new UiTree();
        tree.apply(answer("""
                [{"node":1,"type":"attach"},{"node":2,"type":"attach"},{"node":3,"type":"attach"},
                 {"node":2,"type":"put","key":"text","feat":7,"value":"a"},{"node":3,"type":"put","key":"text","feat":7,"value":"b"},
                 {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[2,3]},
                 {"node":1,"type":"splice","feat":9,"index":0,"add":["x"]},
                 {"node":3,"type":"put","key":"id","feat":3,"value":"dialog-save"}]"""));
        assertEquals("ab", tree.text(1));
        tree.apply(answer("""
                [{"node":1,"type":"splice","feat":2,"index":0,"remove":1},{"node":2,"type":"detach"},
                 {"node":1,"type":"splice","feat":9,"index":0,"remove":1}]"""));
        assertEquals("b", tree.text(1), "a splice of another (value) list does not touch the children");
        tree.apply(answer("[{\"node\":1,\"type\":\"splice\",\"feat\":2,\"index\":0,\"remove\":1},{\"node\":3,\"type\":\"detach\"}]"));
        assertEquals("", tree.text(1));
        assertFalse(tree.byElementId("dialog-save").isPresent(), "a detached node is gone");
        assertTrue(tree.node(1).isPresent());
    }

    @Test
    void anAnswerWithoutChangesChangesNothing() {
        UiTree tree = new UiTree();
        tree.apply(Json.createObjectBuilder().add("syncId", 3).build());
        assertEquals(0, tree.size());
    }
}
