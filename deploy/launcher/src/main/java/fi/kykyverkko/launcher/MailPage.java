package fi.kykyverkko.launcher;

import fi.kykyverkko.stack.EmbeddedMail.Received;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** The demo mail server's page: every received message, newest first, in Finnish. Pure rendering, no server. */
final class MailPage {

    static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    /** Finnish style: 3.12.2026 11.05 */
    static final DateTimeFormatter FINNISH = DateTimeFormatter.ofPattern("d.M.yyyy HH.mm").withZone(HELSINKI);

    private MailPage() {
    }

    static String render(List<Received> messages, int smtpPort) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"fi\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Lähetetyt sähköpostit – Kykyverkko</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:60rem;line-height:1.4}\n")
                .append("table{width:100%;border-collapse:collapse;table-layout:fixed}\n")
                .append("th,td{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top;")
                .append("overflow-wrap:anywhere;word-break:break-word}\n")
                .append("th{background:#eee}\n")
                .append("pre{white-space:pre-wrap;overflow-wrap:anywhere;margin:.3rem 0 0;font:inherit}\n")
                .append(".time{width:7.5rem}\n")
                .append("</style>\n</head>\n<body>\n<main>\n<h1>Lähetetyt sähköpostit</h1>\n")
                .append("<p>Tämä on Kykyverkon esittelykäytön sähköpostipalvelin (127.0.0.1:").append(smtpPort)
                .append("): portaalin ja Keycloakin lähettämät viestit tulevat tänne eivätkä lähde eteenpäin. ")
                .append("Viestit ovat vain muistissa ja katoavat, kun Kykyverkko pysäytetään.</p>\n");
        if (messages.isEmpty()) {
            html.append("<p>Viestejä ei ole vielä tullut.</p>\n");
        } else {
            html.append("<table>\n<caption>Viestejä ").append(messages.size())
                    .append(", uusin ensin</caption>\n<thead><tr><th scope=\"col\" class=\"time\">Aika</th>")
                    .append("<th scope=\"col\">Vastaanottaja ja viesti</th></tr></thead>\n<tbody>\n");
            for (Received m : messages.stream().sorted(Comparator.comparing(Received::at).reversed()).toList()) {
                html.append("<tr><td class=\"time\">").append(escape(FINNISH.format(m.at()))).append("</td><td>")
                        .append("<div>Vastaanottaja: ").append(escape(String.join(", ", m.to()))).append("</div>")
                        .append("<div><strong>").append(escape(m.subject())).append("</strong></div>")
                        .append("<pre>").append(escape(m.text())).append("</pre>");
                if (!m.attachmentNames().isEmpty()) {
                    html.append("<div>Liitteet: ").append(escape(String.join(", ", m.attachmentNames()))).append("</div>");
                }
                html.append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
