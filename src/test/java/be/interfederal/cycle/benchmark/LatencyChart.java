package be.interfederal.cycle.benchmark;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The latency percentile distribution of each series (HdrHistogram's percentile iteration): x is 1/(1−p) on a log
 * scale, so 10 is p90, 100 p99, 1000 p99.9; y is the latency in milliseconds on a log scale.
 */
final class LatencyChart {

  private LatencyChart() {}

  static void write(File png, String title, Map<String, Histogram> series) throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    series.forEach((name, histogram) -> {
      XYSeries line = new XYSeries(name + " (n=" + histogram.getTotalCount() + ")", false);
      for (HistogramIterationValue v : histogram.percentiles(5)) {
        double p = v.getPercentileLevelIteratedTo() / 100.0;
        if (p >= 1.0) {
          break;
        }
        line.add(1.0 / (1.0 - p), Math.max(0.1, v.getValueIteratedTo() / 1000.0));
      }
      line.add(1.0 / (1.0 - Math.min(0.9999, 1.0 - 1.0 / histogram.getTotalCount())), histogram.getMaxValue() / 1000.0);
      data.addSeries(line);
    });
    LogAxis x = new LogAxis("percentile as 1/(1−p): 2 = p50, 10 = p90, 20 = p95, 100 = p99, 1000 = p99.9");
    x.setSmallestValue(1);
    LogAxis y = new LogAxis("latency (ms, client side)");
    y.setSmallestValue(0.1);
    y.setNumberFormatOverride(new java.text.DecimalFormat("0.#"));
    x.setNumberFormatOverride(new java.text.DecimalFormat("0.#"));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    png.getParentFile().mkdirs();
    ChartUtils.saveChartAsPNG(png, chart, 1100, 650);
  }

}
