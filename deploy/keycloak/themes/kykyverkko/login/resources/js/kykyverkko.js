/*
 * Runs in <head> of every login page, before the page is drawn.
 *
 * 1. The region's look. The portal names the region's theme in the authorization request (kyky_look=lappi).
 *    Only the first page is served at that address; the following ones (password, errors) are not, so the
 *    choice is kept in sessionStorage for this tab. A new authorization request without the parameter is a
 *    login that did not start from a region, and forgets the earlier one.
 * 2. One language through the whole login. Keycloak chooses the first page's language from the portal's
 *    ui_locales or the browser; once the person is known (the password page) it prefers the language stored in
 *    their account, so an English browser got an English username page and a Finnish password page. Every form
 *    therefore sends the page's language as kc_locale, which Keycloak keeps for the rest of this login (and
 *    stores as the person's language when they are in).
 * 3. keycloak.v2 labels the attempted username on the password page with for="username", an id that page
 *    does not have, so the field has no label (axe: "label", critical). Pointing the label at the field fixes
 *    it without carrying a copy of Keycloak's whole page template through every upgrade.
 */
(function () {
    var KEY = "kykyverkko.look";
    var LOOK = /^[a-z0-9-]{1,40}$/;

    function chosenLook() {
        try {
            if (/\/protocol\/openid-connect\/auth$/.test(location.pathname)) {
                var asked = new URLSearchParams(location.search).get("kyky_look");
                if (asked && LOOK.test(asked)) {
                    sessionStorage.setItem(KEY, asked);
                    return asked;
                }
                sessionStorage.removeItem(KEY);
                return null;
            }
            var kept = sessionStorage.getItem(KEY);
            return kept && LOOK.test(kept) ? kept : null;
        } catch (storageOff) {
            return null; // storage blocked: the portal's own look
        }
    }

    var look = chosenLook();
    if (look) {
        document.documentElement.setAttribute("data-kyky-look", look);
    }

    function keepLanguage() {
        var language = document.documentElement.lang;
        if (!/^[a-z]{2}(-[A-Za-z]{2,4})?$/.test(language)) {
            return;
        }
        document.querySelectorAll("form[action]").forEach(function (form) {
            // getAttribute: form.action would be a field named "action", if a form had one
            var action = new URL(form.getAttribute("action"), location.href);
            if (action.pathname.indexOf("/login-actions/") >= 0 && !action.searchParams.has("kc_locale")) {
                action.searchParams.set("kc_locale", language);
                form.setAttribute("action", action.toString());
            }
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        keepLanguage();
        var shown = document.getElementById("kc-attempted-username");
        var label = document.querySelector('label[for="username"]');
        if (shown && label && !document.getElementById("username")) {
            label.htmlFor = shown.id;
        }
    });
})();
