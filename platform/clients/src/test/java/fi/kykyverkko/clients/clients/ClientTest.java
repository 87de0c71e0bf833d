package fi.kykyverkko.clients.clients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kykyverkko.kernel.domain.InvalidInputException;
import fi.kykyverkko.kernel.privacy.IdentityCode;
import fi.kykyverkko.kernel.privacy.IdentityCodeVault;
import fi.kykyverkko.kernel.tenancy.TenantId;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A client's rules, and that their identity code is held only sealed, hashed and masked. */
class ClientTest {

    private static final TenantId LAPPI = TenantId.of("lappi");
    private static final IdentityCodeVault VAULT = IdentityCodeVault.withSecret("a test secret of more than thirty-two characters");
    private static final IdentityCode CODE = IdentityCode.of(LocalDate.of(1985, 4, 12), 934);

    @Test
    void aClientIsNamedInFullOrByANickname() {
        assertTrue(Client.named("Aino", "Virtanen").check().isEmpty());
        assertTrue(Client.anonymous("Nuori mies, Kemi").check().isEmpty(), "a first anonymous contact is allowed");
        assertEquals("clients.client.name-or-nickname", Client.named("Aino", null).check().of("lastName").get(0).key());
        assertEquals("clients.client.name-or-nickname", Client.named(" ", " ").check().of("firstName").get(0).key());
        assertEquals("Virtanen, Aino", Client.named("Aino", "Virtanen").displayName());
        assertEquals("Nuori mies, Kemi", Client.anonymous("Nuori mies, Kemi").displayName());
    }

    @Test
    void contactsAndTheClosePersonAreChecked() {
        Client client = Client.named("Aino", "Virtanen");
        client.setPhone("ei numero");
        client.setEmail("aino@");
        client.setClosePerson(new ClosePerson(null, "äiti", "040 123 4567"));
        var problems = client.check();
        assertEquals("validation.phone", problems.of("phone").get(0).key());
        assertEquals("validation.email", problems.of("email").get(0).key());
        assertEquals("validation.required", problems.of("closeName").get(0).key(), "a relation without a name says nothing");
        client.setPhone("+358 40 123 4567");
        client.setEmail("aino@example.fi");
        client.setClosePerson(new ClosePerson("Helka Virtanen", "äiti", "040 123 4567"));
        client.setLanguage(ClientLanguage.OTHER);
        client.setInterpreterLanguage("arabia");
        assertTrue(client.check().isEmpty(), client.check().list().toString());
    }

    @Test
    void aClientWithoutACodeIsAllowed() {
        Client client = Client.named("Omar", "Hassan");
        assertFalse(client.isIdentified());
        assertEquals(Optional.empty(), client.identityCode(LAPPI, VAULT));
        assertTrue(client.check().isEmpty());
    }

    @Test
    void theCodeIsKeptOnlySealedHashedAndMasked() throws Exception {
        Client client = Client.named("Aino", "Virtanen");
        client.identifyAs(CODE, LAPPI, VAULT);
        assertTrue(client.isIdentified());
        assertEquals("120485-****", client.getIdentityMasked());
        assertEquals(Optional.of(CODE), client.identityCode(LAPPI, VAULT));
        assertArrayEquals(VAULT.lookupKey(LAPPI, CODE), (byte[]) field(client, "identityLookup"));
        String nineDigits = CODE.value().substring(0, 6) + CODE.value().substring(7, 10);
        for (Field stored : Client.class.getDeclaredFields()) {
            Object value = field(client, stored.getName());
            String text = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value);
            assertFalse(text.contains(CODE.value()) || text.contains(nineDigits), stored.getName() + " holds the code");
        }
    }

    @Test
    void aCodeIsRecordedOnce() {
        Client client = Client.named("Aino", "Virtanen");
        client.identifyAs(CODE, LAPPI, VAULT);
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> client.identifyAs(IdentityCode.of(LocalDate.of(1990, 1, 1), 955), LAPPI, VAULT));
        assertEquals("identityCode: clients.client.already-identified", refused.getMessage());
        assertEquals(Optional.of(CODE), client.identityCode(LAPPI, VAULT));
    }

    @Test
    void searchWordsAreLiteralPrefixes() {
        assertEquals("Virt%", Clients.likePrefix("Virt"));
        assertEquals("100!%!_!!%", Clients.likePrefix("100%_!"));
    }

    private static Object field(Client client, String name) throws ReflectiveOperationException {
        Field field = Client.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(client);
    }
}
