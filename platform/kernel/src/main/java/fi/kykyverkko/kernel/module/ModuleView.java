package fi.kykyverkko.kernel.module;

import java.util.Set;

/**
 * A view a module contributes to the portal shell.
 *
 * @param route    the Vaadin {@code @Route} class (typed loosely so the kernel does not depend on Vaadin)
 * @param titleKey translation key of its menu entry and page title, in the module's bundle
 * @param icon     Vaadin icon name for the menu, e.g. {@code vaadin:home}; null for none
 * @param roles    roles of which the user needs one in the active tenant; empty = any member of the tenant
 * @param inMenu   whether it is a menu entry (detail views are reached from other views)
 */
public record ModuleView(Class<?> route, String titleKey, String icon, Set<String> roles, boolean inMenu) {

    public ModuleView {
        roles = Set.copyOf(roles);
    }
}
