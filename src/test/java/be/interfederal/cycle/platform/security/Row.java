package be.interfederal.cycle.platform.security;

/** A row of a history or variable endpoint: its id, its process instance, its task (or null) and its scope. */
record Row(String id, String processInstanceId, String taskId, String scope) {}
