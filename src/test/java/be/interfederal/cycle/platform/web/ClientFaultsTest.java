package be.interfederal.cycle.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The engine REST API's English refusals, said in Dutch and French; client faults it answers with 500 become 400. */
class ClientFaultsTest {

  @Test
  void aMalformedJsonVariableIsTheCallersFaultAndNamesTheField() {
    ClientFaults.Answer answer = ClientFaults.translate(500, "Cannot submit task form 1: Cannot deserialize object in "
        + "variable 'indicators': SPIN/JACKSON-JSON-01001 Unable to parse input into json node", true).orElseThrow();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.message()).startsWith("Het veld 'indicators' bevat geen geldige JSON / "
        + "Le champ 'indicators' ne contient pas de JSON valable (Cannot submit task form 1");
  }

  @Test
  void aJavaSerializedObjectIsRefusedWith400() {
    ClientFaults.Answer answer = ClientFaults.translate(500, "Cannot submit task form 1: ENGINE-17007 Cannot set variable "
        + "with name riskLevel. Java serialization format is prohibited", true).orElseThrow();

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.message()).contains("Het veld 'riskLevel' is een Java-object", "Le champ 'riskLevel' est un objet Java");
  }

  @Test
  void anEmpty400IsMalformedJsonAnd415AsksForJson() {
    assertThat(ClientFaults.translate(400, "", true).orElseThrow().message())
        .isEqualTo("De aanvraag is geen geldige JSON of heeft niet de verwachte vorm / La demande n'est pas du JSON "
            + "valable ou n'a pas la forme attendue");
    assertThat(ClientFaults.translate(415, "HTTP 415 Unsupported Media Type", true).orElseThrow())
        .isEqualTo(new ClientFaults.Answer(415, "Stuur en vraag de gegevens als JSON (application/json) / Envoyez et "
            + "demandez les données en JSON (application/json) (HTTP 415 Unsupported Media Type)"));
  }

  @Test
  void aBilingualMessageASuccessAndAServerFaultAreKept() {
    assertThat(ClientFaults.translate(400, "De titel is verplicht / Le titre est obligatoire", true)).isEmpty();
    assertThat(ClientFaults.translate(204, null, true)).isEmpty();
    assertThat(ClientFaults.translate(500, "ENGINE-03005 Execution of 'UPDATE TaskEntity' failed", true)).isEmpty();
  }

  @Test
  void aStoredVariableTheServerCannotReadIsItsOwnFaultOnARead() {
    assertThat(ClientFaults.translate(500, "Cannot deserialize object in variable 'indicators'", false)).isEmpty();
  }

  @Test
  void aLongEngineMessageIsShortenedAfterTheTranslation() {
    String message = ClientFaults.translate(404, "x".repeat(1000), true).orElseThrow().message();

    assertThat(message).startsWith("Niet gevonden / Introuvable (xxx").endsWith("…)").hasSizeLessThan(250);
  }
}
