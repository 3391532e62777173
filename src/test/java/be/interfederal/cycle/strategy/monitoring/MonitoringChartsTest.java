package be.interfederal.cycle.strategy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The charts are PNG pictures of the agreed size, also for negative values, a single year or no target. */
class MonitoringChartsTest {

  @Test
  void anIndicatorsValuesAreDrawnWhateverTheirSignOrNumber() throws IOException {
    assertPicture(MonitoringCharts.indicator("Cannabis", Map.of(2023, 7.6, 2030, 7.1), 6.0));
    assertPicture(MonitoringCharts.indicator("Saldo", Map.of(2023, -1.0, 2030, -1.0), -1.0));
    assertPicture(MonitoringCharts.indicator("Eén jaar", Map.of(2030, 0.0), 0.0));
    assertPicture(MonitoringCharts.indicator("Zonder doel", Map.of(2023, 116.0, 2030, 115.5), null));
  }

  @Test
  void theActionsByStatusAreDrawn() throws IOException {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("Op schema", 3L);
    counts.put("Vertraagd", 0L);
    assertPicture(MonitoringCharts.statuses(counts));
  }

  private static void assertPicture(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(MonitoringCharts.WIDTH);
    assertThat(image.getHeight()).isEqualTo(MonitoringCharts.HEIGHT);
  }
}
