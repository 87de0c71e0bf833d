package fi.kykyverkko.surveys.survey;

import java.util.List;

/** What {@code invite} did: invitations made (and mailed), addresses already invited (skipped) and addresses refused. */
public record InviteReport(int invited, List<String> alreadyInvited, List<String> refused) {
}
