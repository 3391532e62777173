package be.interfederal.cycle.platform.security;

/**
 * One cell of the matrix where the application does not do what the rule says: UNEXPECTED is a permission the
 * user has and should not (a hole), MISSING one the rule gives and the user does not get.
 */
record Finding(Member member, String resource, String action, String problem) {

  static Finding of(Member member, String resource, String action, boolean expected, boolean actual) {
    return new Finding(member, resource, action, actual ? "UNEXPECTED" : "MISSING");
  }

  @Override
  public String toString() {
    return problem + " " + member.userId() + " [" + member.kind() + " " + member.groupId() + "] " + action + " " + resource;
  }
}
