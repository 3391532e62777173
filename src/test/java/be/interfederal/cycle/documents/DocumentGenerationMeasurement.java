package be.interfederal.cycle.documents;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;

/**
 * Measures generation (template → DOCX → PDF, nothing stored) of each document type with the sample models: wall
 * time per document, bytes allocated per document, and heap in use after a full GC once the loop is done. Not a
 * test, and it asserts nothing: run it with
 *
 * <pre>./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/test.classpath) \
 *   be.interfederal.cycle.documents.DocumentGenerationMeasurement 20</pre>
 *
 * (in a JVM of its own, so that the heap figures are not Maven's)
 *
 * and copy its table into docs/documents.md, "Measurements".
 */
public final class DocumentGenerationMeasurement {

  private static final int WARM_UP = 5;
  private static final double MIB = 1024.0 * 1024.0;

  private DocumentGenerationMeasurement() {}

  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    DocumentGenerator generator = DocumentGeneratorTest.generator(TemplateSource.SHIPPED);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long coldStart = System.nanoTime();
    generator.render("measure", DocumentType.FINAL_STRATEGY, "nl", SampleModels.model(DocumentType.FINAL_STRATEGY,
        "nl"), 1);
    System.out.printf("Java %s, %d cores, max heap %.0f MiB; first document in this JVM (classes, fonts): %d ms;"
            + " then %d runs per type after %d warm-up runs%n%n", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / MIB,
        (System.nanoTime() - coldStart) / 1_000_000, runs, WARM_UP);
    System.out.println("| type (language) | DOCX | PDF | median ms | max ms | allocated per document (MiB) |"
        + " heap used after GC (MiB) |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (DocumentType type : DocumentType.values()) {
      String language = type.languages().get(0);
      Map<String, Object> model = SampleModels.model(type, language);
      for (int i = 0; i < WARM_UP; i++) {
        generator.render("measure", type, language, model, 1);
      }
      long[] millis = new long[runs];
      long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
      DocumentGenerator.Rendered rendered = null;
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        rendered = generator.render("measure", type, language, model, 1);
        millis[i] = (System.nanoTime() - start) / 1_000_000;
      }
      long allocated = (threads.getCurrentThreadAllocatedBytes() - allocatedBefore) / runs;
      System.gc();
      Runtime runtime = Runtime.getRuntime();
      double used = (runtime.totalMemory() - runtime.freeMemory()) / MIB;
      Arrays.sort(millis);
      System.out.printf("| %s (%s) | %d KiB | %d KiB | %d | %d | %.1f | %.0f |%n", type, language,
          rendered.docx().length / 1024, rendered.pdf().length / 1024, millis[runs / 2], millis[runs - 1],
          allocated / MIB, used);
    }
  }
}
