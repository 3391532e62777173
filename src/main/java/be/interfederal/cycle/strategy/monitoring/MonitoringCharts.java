package be.interfederal.cycle.strategy.monitoring;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The monitoring report's charts as PNG pictures (JFreeChart): one indicator's values over the years, and the actions
 * by status. Pictures rather than Word charts, so that the PDF made from the DOCX shows them too. Drawn in Liberation
 * Sans from the fonts the PDFs embed, so that a chart looks the same on every server.
 */
public final class MonitoringCharts {

  static final int WIDTH = 560;
  static final int HEIGHT = 220;
  private static final Color LINE = new Color(0x1F4E79);
  private static final Color TARGET = new Color(0xC55A11);
  private static final Font FONT = liberationSans();

  private MonitoringCharts() {}

  /** An indicator's values by year (the baseline first), with its target as a dashed line when it has one. */
  public static byte[] indicator(String label, Map<Integer, Double> valuesByYear, Double target) {
    XYSeries series = new XYSeries(label);
    valuesByYear.forEach(series::add);
    JFreeChart chart = ChartFactory.createXYLineChart(null, null, null, new XYSeriesCollection(series),
        PlotOrientation.VERTICAL, false, false, false);
    XYPlot plot = chart.getXYPlot();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, LINE);
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    plot.setRenderer(renderer);
    NumberAxis years = (NumberAxis) plot.getDomainAxis();
    years.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
    years.setAutoRangeIncludesZero(false);
    if (valuesByYear.size() == 1) {
      int year = valuesByYear.keySet().iterator().next();
      years.setRange(year - 1, year + 1);
    }
    NumberAxis values = (NumberAxis) plot.getRangeAxis();
    values.setAutoRangeIncludesZero(true);
    if (target != null) {
      ValueMarker marker = new ValueMarker(target, TARGET, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
          BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
      plot.addRangeMarker(marker);
      // the target must be in view too: from zero (or the lowest value) to the highest, with some room
      double low = Math.min(0, Math.min(target, min(valuesByYear)));
      double high = Math.max(0, Math.max(target, max(valuesByYear)));
      double room = high > low ? (high - low) * 0.1 : 1;
      values.setRange(low - (low < 0 ? room : 0), high + room);
    }
    return png(chart);
  }

  /** How many actions have each status (labels in the document's language, in the statuses' order). */
  public static byte[] statuses(Map<String, Long> countByLabel) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    countByLabel.forEach((label, count) -> data.addValue(count, "actions", label));
    JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, LINE);
    ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    return png(chart);
  }

  private static byte[] png(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    if (chart.getPlot() instanceof XYPlot xy) {
      xy.setRangeGridlinePaint(Color.LIGHT_GRAY);
      xy.getDomainAxis().setTickLabelFont(FONT);
      xy.getRangeAxis().setTickLabelFont(FONT);
    } else if (chart.getPlot() instanceof CategoryPlot category) {
      category.setRangeGridlinePaint(Color.LIGHT_GRAY);
      category.getDomainAxis().setTickLabelFont(FONT);
      category.getRangeAxis().setTickLabelFont(FONT);
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw a chart", e);
    }
  }

  private static double min(Map<Integer, Double> values) {
    return values.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
  }

  private static double max(Map<Integer, Double> values) {
    return values.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  private static Font liberationSans() {
    try (InputStream in = MonitoringCharts.class.getClassLoader().getResourceAsStream("liberation/LiberationSans-Regular.ttf")) {
      if (in == null) {
        throw new IllegalStateException("Liberation Sans is missing from the classpath (openpdf-fonts-extra)");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(11f);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("Cannot read Liberation Sans", e);
    }
  }
}
