package be.interfederal.cycle.documents;

/** The two forms every document is stored in: the editable Word file and the PDF made from it. */
public enum DocumentFormat {
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  PDF("application/pdf", "pdf");

  private final String mediaType;
  private final String extension;

  DocumentFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }
}
