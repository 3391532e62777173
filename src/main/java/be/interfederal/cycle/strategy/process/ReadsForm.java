package be.interfederal.cycle.strategy.process;

/** A listener that reads a form: the contract test checks its declared fields against the form in {@code forms/}. */
public interface ReadsForm {

  FormFields fields();
}
