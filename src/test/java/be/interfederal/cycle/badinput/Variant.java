package be.interfederal.cycle.badinput;

/**
 * One bad submission of the catalogue: what is wrong with it, the request body and its content type, and the words
 * its refusal must contain (a field's labels in Dutch and French), if any.
 */
record Variant(String name, String body, String contentType, String expectedNl, String expectedFr) {

  static final String JSON = "application/json";

  Variant {
    if ((expectedNl == null) != (expectedFr == null)) {
      throw new IllegalArgumentException("Both languages or neither: " + name);
    }
  }
}
