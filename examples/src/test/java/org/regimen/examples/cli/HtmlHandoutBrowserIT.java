package org.regimen.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regimen.json.RegimenJson;
import org.regimen.plan.EligibilityStatus;
import org.regimen.plan.Session;
import org.regimen.plan.TreatmentPlan;
import org.regimen.request.CalendarEvent;
import org.regimen.request.TreatmentRequest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The HTML handout ({@code plan --handout FILE.html}) of the samples in {@code requests/handout/},
 * rendered by a real browser: headless Chromium makes a PNG and an A4 PDF of each. The page must
 * raise no console message, its timeline must show every session date and every event, it must
 * fit A4's width, and it must read without colour. The PNGs land in {@code target/handout-samples/}
 * (docs/handout/ keeps a copy). Skipped only where no Chromium binary is installed; CI installs it.
 */
class HtmlHandoutBrowserIT {
  /** A4's 210 mm less the page's 2 x 15 mm margins, in CSS pixels (96 per inch). */
  private static final double PRINTABLE_WIDTH_PX = (210 - 30) / 25.4 * 96;

  /** A4 in PDF points (72 per inch): 595.3 x 841.9. */
  private static final double A4_WIDTH_PT = 210 / 25.4 * 72;

  private static final double A4_HEIGHT_PT = 297 / 25.4 * 72;
  private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
  private static final Path SAMPLES = CliProcess.REQUESTS.resolve("handout");
  private static final Path OUT = CliProcess.MODULE_DIR.resolve("target").resolve("handout-samples");
  private static final RegimenJson JSON = RegimenJson.create();

  @TempDir static Path profiles;
  private static Chromium chromium;

  @BeforeAll
  static void findChromium() throws IOException {
    Optional<Chromium> found = Chromium.find(profiles);
    assumeTrue(found.isPresent(),
        "No chromium binary on the PATH: install the Debian package 'chromium' (.ci/run does) to run the"
            + " browser tests of the HTML handout.");
    chromium = found.get();
    Files.createDirectories(OUT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "prp-stretch-marks", "plasma-fasting-lab-tests", "mesotherapy-26-sessions", "ineligible-breast-only"})
  void aSampleHandoutRendersInTheBrowser(String sample) throws Exception {
    Path requestFile = SAMPLES.resolve(sample + ".json");
    Path page = OUT.resolve(sample + ".html");
    CliProcess.Result result = CliProcess.run("plan", "--json", "--handout", page.toString(), requestFile.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    TreatmentRequest request = JSON.readRequest(Files.readString(requestFile, StandardCharsets.UTF_8));
    TreatmentPlan plan = JSON.readPlan(result.out());
    String html = Files.readString(page, StandardCharsets.UTF_8);

    assertSelfContained(html);
    assertTimeline(html, plan, request);

    Chromium.Run dom = chromium.dumpDom(page);
    assertThat(dom.exitCode()).as(dom.err()).isZero();
    assertThat(dom.consoleLines()).as("console messages of %s", sample).isEmpty();
    assertThat(dom.out()).as("the DOM the browser built").contains("Whom to call");
    if (!plan.sessions().isEmpty()) {
      assertThat(dom.out()).as("the DOM the browser built").contains("<svg", "</svg>");
    }
    for (Session session : plan.sessions()) {
      assertThat(dom.out()).contains(">" + LABEL.format(session.date()) + "<");
    }

    Path png = OUT.resolve(sample + ".png");
    assertThat(chromium.screenshot(page, png).exitCode()).isZero();
    assertFitsTheWidth(png);

    Path pdf = OUT.resolve(sample + ".pdf");
    assertThat(chromium.printToPdf(page, pdf).exitCode()).isZero();
    assertA4(pdf);
  }

  @Test
  void theIneligibleSampleHasNothingToKeepOrEstimate() throws IOException {
    Path page = OUT.resolve("ineligible-check.html");
    CliProcess.Result result = CliProcess.run(
        "plan", "--json", "--handout", page.toString(), SAMPLES.resolve("ineligible-breast-only.json").toString());
    assertThat(JSON.readPlan(result.out()).eligibility().status()).isEqualTo(EligibilityStatus.INELIGIBLE);
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .contains("not suitable for you")
        .doesNotContain("Keeping the result", "estimates", "provisional");
  }

  @Test
  void theClinicsNameAndPhoneAreEscaped() throws IOException {
    Path page = OUT.resolve("escaping-check.html");
    CliProcess.run("plan", "--handout", page.toString(), SAMPLES.resolve("prp-stretch-marks.json").toString());
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .contains("Smith &amp; Jones &lt;Skin&gt; Clinic")
        .doesNotContain("<Skin>");
  }

  /** The scan would see a broken page: a check that cannot fail would prove nothing. */
  @Test
  void theConsoleScanCatchesAScriptError() throws IOException {
    Path broken = OUT.resolve("broken.html");
    Files.writeString(broken, "<!DOCTYPE html><p>x</p><script>console.error('boom'); missing();</script>");
    assertThat(chromium.dumpDom(broken).consoleLines()).hasSizeGreaterThanOrEqualTo(2);
  }

  private static void assertSelfContained(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>").contains("@page { size: A4");
    // The SVG namespace is a name, not an address the browser fetches.
    assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", ""))
        .doesNotContain("<script", "http://", "https://", "<link", "<img", "@import", "url(http");
  }

  /** Every session date and every event is written in the picture; no two series look alike. */
  private static void assertTimeline(String html, TreatmentPlan plan, TreatmentRequest request) throws Exception {
    int start = html.indexOf("<svg");
    if (start < 0) {
      assertThat(plan.sessions()).as("a plan with sessions has a picture").isEmpty();
      return;
    }
    String svgText = html.substring(start, html.indexOf("</svg>") + "</svg>".length());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svgText.getBytes(StandardCharsets.UTF_8)));
    Element root = svg.getDocumentElement();

    assertThat(Double.parseDouble(root.getAttribute("width"))).isLessThanOrEqualTo(PRINTABLE_WIDTH_PX);
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isNotBlank();
    assertThat(root.getElementsByTagNameNS("*", "desc").item(0).getTextContent()).isNotBlank();

    Map<String, List<String>> labels = labelsBySeries(root);
    for (Session session : plan.sessions()) {
      assertThat(labels.getOrDefault("session", List.of())).contains(LABEL.format(session.date()));
    }
    for (CalendarEvent event : request.calendar().events()) {
      assertThat(labels.getOrDefault("event", List.of()))
          .anySatisfy(label -> assertThat(label).contains(LABEL.format(event.days().from())));
    }
    assertNoColourOnlyDistinction(root);
  }

  private static Map<String, List<String>> labelsBySeries(Element root) {
    Map<String, List<String>> labels = new HashMap<>();
    NodeList groups = root.getElementsByTagNameNS("*", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (!group.hasAttribute("data-series")) {
        continue;
      }
      NodeList texts = group.getElementsByTagNameNS("*", "text");
      for (int j = 0; j < texts.getLength(); j++) {
        labels.computeIfAbsent(group.getAttribute("data-series"), k -> new ArrayList<>())
            .add(texts.item(j).getTextContent());
      }
    }
    return labels;
  }

  /**
   * Each series' look (shape, fill, dash) is its own, every series is in the legend, and the only
   * colours are black, white and grey: without colour the picture loses nothing.
   */
  private static void assertNoColourOnlyDistinction(Element root) {
    Map<String, String> lookBySeries = new HashMap<>();
    NodeList groups = root.getElementsByTagNameNS("*", "g");
    Set<String> legend = new HashSet<>();
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.hasAttribute("data-legend")) {
        legend.add(group.getAttribute("data-legend"));
      }
      if (!group.hasAttribute("data-series")) {
        continue;
      }
      Element shape = firstShape(group);
      String look = shape.getLocalName() + "|" + shape.getAttribute("fill") + "|" + shape.getAttribute("stroke-dasharray");
      String previous = lookBySeries.putIfAbsent(group.getAttribute("data-series"), look);
      assertThat(previous == null || previous.equals(look)).as("one look per series").isTrue();
    }
    assertThat(new HashSet<>(lookBySeries.values())).as("distinct looks").hasSameSizeAs(lookBySeries.keySet());
    assertThat(legend).containsAll(lookBySeries.keySet());
    Matcher colours = Pattern.compile("(?:fill|stroke)=\"(#[0-9a-fA-F]{3,6})\"").matcher(serialise(root));
    while (colours.find()) {
      String hex = colours.group(1).substring(1);
      assertThat(hex.chars().distinct().count()).as("grey only: " + colours.group(1)).isEqualTo(1);
    }
  }

  private static Element firstShape(Element group) {
    for (Node child = group.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && !"title".equals(element.getLocalName())) {
        return element;
      }
    }
    throw new AssertionError("a mark without a shape");
  }

  private static String serialise(Element root) {
    StringBuilder attributes = new StringBuilder();
    NodeList all = root.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      for (String name : List.of("fill", "stroke")) {
        if (element.hasAttribute(name)) {
          attributes.append(name).append("=\"").append(element.getAttribute(name)).append("\" ");
        }
      }
    }
    return attributes.toString();
  }

  /** Nothing is drawn in the last 20 px of the 794 px (A4 width) window: the page did not overflow. */
  private static void assertFitsTheWidth(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(794);
    for (int x = image.getWidth() - 20; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        assertThat(rgb).as("pixel at %d,%d", x, y).isEqualTo(0xFFFFFF);
      }
    }
  }

  /** Every page of the PDF is A4. */
  private static void assertA4(Path pdf) throws IOException {
    String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-");
    Matcher boxes = Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]").matcher(text);
    int pages = 0;
    while (boxes.find()) {
      pages++;
      assertThat(Double.parseDouble(boxes.group(1))).isCloseTo(A4_WIDTH_PT, org.assertj.core.data.Offset.offset(1.0));
      assertThat(Double.parseDouble(boxes.group(2))).isCloseTo(A4_HEIGHT_PT, org.assertj.core.data.Offset.offset(1.0));
    }
    assertThat(pages).isPositive();
  }
}
