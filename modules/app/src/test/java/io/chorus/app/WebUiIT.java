package io.chorus.app;

import static io.chorus.app.rel.Api.ADMIN;
import static io.chorus.app.rel.Api.MANAGER;
import static io.chorus.app.rel.Api.OPS;
import static io.chorus.app.rel.Api.array;
import static io.chorus.app.rel.Api.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.chorus.app.rel.Api;
import io.chorus.app.uiprobe.FlakyPayout;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver},
 * driven by Selenium; nothing is downloaded): an operations user reviews content from the task
 * list, a manager reads a campaign's diagram with its counts, retries an incident and approves a
 * payment, and bad form data shows field messages. The campaign behind it is prepared over REST the
 * way {@link CampaignLifecycleIT} drives one. Screenshots go to {@code docs/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebUiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.chorusWithProbes()
        .addPackage(FlakyPayout.class.getPackage())
        .addAsResource("it-processes/ui-incident-probe.bpmn");
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  private Api api;
  private WebDriver browser;
  private WebDriverWait wait;
  private Path profile;

  @BeforeEach
  void openBrowser() throws Exception {
    api = new Api(base);
    String driver = System.getProperty("chorus.chromedriver", "/usr/bin/chromedriver");
    String chromium = System.getProperty("chorus.chromium", "/usr/bin/chromium");
    // Point Selenium at Debian's driver, so Selenium Manager never tries to download one.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driver);
    profile = Files.createTempDirectory("chorus-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    // Ajax updates (polls, re-rendered panels) replace elements between finding and reading them.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void operationsAndManagerWorkACampaignInTheBrowser() throws Exception {
    // ---- a campaign with one creator at content review and one at payment approval (REST)
    String p = "ui" + Long.toString(System.nanoTime(), 36);
    long reviewCreator = api.createCreator(influencer(p + " Ava Review", p + "_ava", 300_000));
    long payCreator = api.createCreator(influencer(p + " Ben Payment", p + "_ben", 800_000));
    long campaign = createCampaign(p + " Glow launch", "FLAT_FEE", "12000.00", "60000.00");
    List<Long> engagements = api.shortlistAndLaunch(campaign, List.of(reviewCreator, payCreator));
    long reviewEngagement = engagements.get(0);
    long payEngagement = engagements.get(1);
    long reviewDeliverable = contractSignedAndSeeded(reviewEngagement);
    long payDeliverable = contractSignedAndSeeded(payEngagement);
    api.submitDraftWithImage(reviewEngagement, reviewDeliverable);
    api.submitDraftWithImage(payEngagement, payDeliverable);
    api.complete(api.task(payEngagement, "reviewContent", OPS), OPS, "{\"decision\":\"APPROVE\"}");
    api.publishAndVerify(payEngagement, payDeliverable, p + "_ben");
    api.runTimer(payEngagement, "staysLivePeriodElapsed");
    api.complete(
        api.task(payEngagement, "confirmPostStillLive", OPS),
        OPS,
        Api.evidence(p + "_ben", true, -1));
    String approval = api.task(payEngagement, "approvePayment", MANAGER);
    // A payout of this campaign failing while the provider is down: an incident.
    String probe = startIncidentProbe(campaign);
    String reviewTask = api.task(reviewEngagement, "reviewContent", OPS);

    // ---- operations: the task list, claim, a bad form, request changes
    login(Deployments.OPS);
    assertThat(browser.findElements(By.id("navDashboard")))
        .as("operations see no manager pages in the menu")
        .isEmpty();
    open("tasks.xhtml?view=MY_GROUPS");
    WebElement groups = browser.findElement(By.cssSelector("[data-count='MY_GROUPS']"));
    long groupTasks =
        object(api.get("api/tasks/counts", OPS)).getJsonNumber("MY_GROUPS").longValue();
    assertThat(groupTasks).isPositive();
    assertThat(Long.parseLong(groups.getText().trim()))
        .as("the view's count is the task list service's")
        .isEqualTo(groupTasks);
    filterByCampaign(p + " Glow launch");
    WebElement row = rowOf(reviewTask);
    assertThat(row.getText()).contains("Review content", p + " Ava Review");
    screenshot("task-list");
    assertFitsATablet("task-list");
    row.findElement(By.cssSelector("button[id$=':claim']")).click();
    awaitAjax();
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Claimed");
    assertThat(rowOf(reviewTask)).as("a claimed task leaves the group's list").isNull();
    assertThat(text("[data-count='MINE']")).isEqualTo("1");

    open("tasks.xhtml?view=MINE");
    assertThat(rowOf(reviewTask).getText()).contains(Deployments.OPS);
    rowOf(reviewTask).findElement(By.cssSelector("a.task-link")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("taskTitle")));
    assertThat(browser.findElement(By.cssSelector(".version.latest .caption")).getText())
        .contains("#ad");
    assertThat(browser.findElements(By.cssSelector(".version.latest mark.disclosure")))
        .as("the disclosure is highlighted")
        .isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".version.latest li.check")))
        .as("the automatic checks, pass or fail")
        .isNotEmpty();
    assertThat(
            browser.findElements(By.cssSelector(".version.latest li.check")).stream()
                .map(e -> e.getAttribute("data-passed"))
                .toList())
        .contains("true");

    // A bad form: changes requested without saying what to change.
    chooseRadio("taskForm:decision", "REQUEST_CHANGES");
    browser.findElement(By.id("taskForm:complete")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("taskForm:commentMessage")));
    assertThat(browser.findElement(By.id("taskForm:commentMessage")).getText())
        .isEqualTo("Say what to change, or why the content is rejected.");
    scrollTo(".versions");
    screenshot("review-form");
    assertFitsATablet("review-form");

    chooseRadio("taskForm:decision", "REQUEST_CHANGES");
    browser
        .findElement(By.id("taskForm:comment"))
        .sendKeys("Move #ad to the start of the caption.");
    browser.findElement(By.id("taskForm:complete")).click();
    wait.until(ExpectedConditions.urlContains("tasks.xhtml"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Done: Review content");
    open("tasks.xhtml?view=MINE");
    assertThat(rowOf(reviewTask)).as("the task left the list").isNull();
    assertThat(text("[data-count='MINE']")).isEqualTo("0");
    // The process took the changes path: it waits for a new draft.
    api.awaitStep(reviewEngagement, "awaitDraft", reviewDeliverable);
    logout();

    // ---- manager: dashboard, campaign diagram with counts, retry an incident, approve payment
    // The process status API behind these pages answers bad calls with status and message.
    HttpResponse<String> noIds =
        api.send("POST", "api/incidents/retry", MANAGER, "{\"incidentIds\":[]}");
    assertThat(noIds.statusCode()).isEqualTo(422);
    assertThat(noIds.body()).contains("incidentIds", "Name at least one incident to retry.");
    assertThat(api.get("api/incidents", OPS).statusCode())
        .as("incidents are for managers")
        .isEqualTo(403);
    assertThat(api.get("api/process-status/definitions/no-such:1:1/xml", OPS).statusCode())
        .isEqualTo(404);
    login(Deployments.MANAGER);
    assertThat(browser.findElements(By.id("navDashboard"))).isNotEmpty();
    open("manager/dashboard.xhtml");
    WebElement card =
        browser.findElement(By.cssSelector(".campaign-card[data-campaign='" + campaign + "']"));
    assertThat(card.findElement(By.cssSelector("[data-incidents]")).getAttribute("data-incidents"))
        .isEqualTo("1");
    assertThat(card.getText()).contains("2 creators");
    screenshot("manager-dashboard");
    assertFitsATablet("manager-dashboard");
    card.findElement(By.cssSelector("a.campaign-link")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaignTitle")));
    wait.until(
        d ->
            d.findElements(By.cssSelector(".bpmn-diagram")).stream()
                .allMatch(e -> "true".equals(e.getAttribute("data-ready"))));
    assertThat(badge(".bpmn-count[data-activity='approvePayment']")).isEqualTo("1");
    assertThat(badge(".bpmn-incidents[data-activity='probePayout']")).isEqualTo("1");
    assertThat(browser.findElement(By.id("creators")).getText())
        .contains(p + " Ava Review", p + " Ben Payment");
    scrollTo(".diagram-section[data-key='creatorEngagement']");
    screenshot("campaign-diagram");

    // The provider is back; the manager retries the failed payout from the campaign page.
    api.send(
        "PUT",
        "engine-rest/process-instance/" + probe + "/variables/providerDown",
        ADMIN,
        "{\"value\":false,\"type\":\"Boolean\"}");
    browser.findElement(By.cssSelector("button[id$=':retry']")).click();
    awaitAjax();
    wait.until(d -> d.findElement(By.id("messages")).getText().contains("Retrying 1 failed step"));
    api.until(
        "the retried payout ran",
        () -> array(api.get("api/incidents?campaignId=" + campaign, MANAGER)).isEmpty());

    // Drill-down: an engagement's own diagram and its history, who did what.
    open("manager/campaign.xhtml?id=" + campaign);
    browser
        .findElement(By.cssSelector("a[aria-label='Diagram and history of " + p + " Ava Review']"))
        .click();
    waitFor("the engagement's diagram", d -> !d.findElements(By.id("history")).isEmpty());
    waitFor(
        "the engagement's diagram drawn",
        d ->
            "true"
                .equals(d.findElement(By.cssSelector(".bpmn-diagram")).getAttribute("data-ready")));
    assertThat(browser.findElement(By.id("history")).getText())
        .contains("Review content", Deployments.OPS);

    // The task's diagram, one click from the task, with the task highlighted.
    open("tasks.xhtml?view=MY_GROUPS");
    filterByCampaign(p + " Glow launch");
    rowOf(approval).findElement(By.cssSelector("a.task-link")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quoteTotal")));
    browser.findElement(By.id("diagramLink")).click();
    waitFor(
        "the task's diagram drawn",
        d ->
            "true"
                .equals(d.findElement(By.cssSelector(".bpmn-diagram")).getAttribute("data-ready")));
    assertThat(
            browser.findElements(By.cssSelector("g.highlight[data-element-id='approvePayment']")))
        .as("the task is highlighted in its process diagram")
        .hasSize(1);

    open("tasks.xhtml?view=MY_GROUPS");
    filterByCampaign(p + " Glow launch");
    rowOf(approval).findElement(By.cssSelector("a.task-link")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quoteTotal")));
    assertThat(text("#quoteTotal")).startsWith("12000").endsWith("USD");
    assertThat(browser.findElement(By.id("taskForm:quoteLines")).getText()).contains("12000");
    browser.findElement(By.id("taskForm:complete")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("taskForm:approvedMessage")));
    assertThat(browser.findElement(By.id("taskForm:approvedMessage")).getText())
        .as("a bad form shows the field's message")
        .isEqualTo("Release (true) or withhold (false) the payment.");
    chooseRadio("taskForm:approved", "true");
    browser.findElement(By.id("taskForm:complete")).click();
    wait.until(ExpectedConditions.urlContains("tasks.xhtml"));
    JsonObject payment =
        api.until(
            "the payment was released",
            () -> {
              JsonArray paid = array(api.get("api/payments?campaignId=" + campaign, MANAGER));
              return paid.isEmpty() ? null : paid.getJsonObject(0);
            });
    assertThat(payment.getString("approvedBy")).isEqualTo(Deployments.MANAGER);
    assertThat(payment.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("12000");

    // Someone else completes a task while it is open here: completing it says so, no error page.
    String check = api.campaignTask(campaign, "probePaid", MANAGER);
    open("tasks.xhtml?view=MY_GROUPS");
    filterByCampaign(p + " Glow launch");
    rowOf(check).findElement(By.cssSelector("a.task-link")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("taskForm:complete")));
    api.complete(check, MANAGER, "{}");
    browser.findElement(By.id("taskForm:complete")).click();
    waitFor("the already-completed message", d -> shownText("main").contains("already completed"));
    assertThat(browser.findElement(By.id("problem")).getText())
        .isEqualTo("This task was already completed by " + Deployments.MANAGER + ".");
  }

  @Test
  void operationsSearchTheRosterOpenAProfileImportAndExportCsv() throws Exception {
    // ---- a verified KOL with stale figures and a campaign behind them, and an influencer (REST)
    String p = "ro" + Long.toString(System.nanoTime(), 36);
    String credentials = "Board-certified dermatologist, licence 4711";
    String register = "Medical council register " + p;
    HttpResponse<String> created =
        api.send(
            "POST",
            "api/creators",
            OPS,
            "{\"name\":\""
                + p
                + " Dr Ada Derm\",\"email\":\""
                + p
                + "@example.com\",\"country\":\"DE\",\"kind\":\"KOL\","
                + "\"niches\":[\"skincare\"],\"accounts\":[{\"platform\":\"INSTAGRAM\","
                + "\"handle\":\""
                + p
                + "_ada\",\"followers\":120000,\"avgLikes\":3600,\"avgComments\":240,"
                + "\"figuresUpdatedOn\":\""
                + today.minusDays(200)
                + "\"}],\"kolProfile\":{\"field\":\"dermatology\",\"profession\":\"Dermatologist\","
                + "\"credentials\":\""
                + credentials
                + "\",\"regulatedField\":true,\"verifiedBy\":\""
                + Deployments.OPS
                + "\",\"verifiedOn\":\""
                + today.minusDays(10)
                + "\",\"verifiedAgainst\":\""
                + register
                + "\"}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject kol = object(created);
    long kolId = kol.getJsonNumber("id").longValue();
    assertThat(kol.getString("tier")).isEqualTo("MACRO");
    String tierReason = kol.getString("tierReason");
    api.createCreator(influencer(p + " Ben Glow", p + "_ben", 150_000));
    HttpResponse<String> outcome =
        api.send(
            "POST",
            "api/creators/" + kolId + "/relationships",
            OPS,
            "{\"campaignRef\":\"c-"
                + p
                + "\",\"campaignName\":\""
                + p
                + " Spring serum\",\"outcome\":\"DELIVERED_ON_TIME\",\"ratePaid\":1500.00,"
                + "\"currency\":\"USD\",\"rating\":5}");
    assertThat(outcome.statusCode()).as(outcome.body()).isEqualTo(200);

    // ---- search: free text, a bad country, then kind KOL and tier MACRO
    login(Deployments.OPS);
    assertThat(browser.findElements(By.id("navRosterImport")))
        .as("operations may import")
        .isNotEmpty();
    browser.findElement(By.id("navRoster")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search:text")));
    browser.findElement(By.id("search:text")).sendKeys(p);
    browser.findElement(By.id("search:country")).sendKeys("1X");
    browser.findElement(By.id("search:apply")).click();
    awaitAjax();
    assertThat(text("[id='search:countryMessage']"))
        .isEqualTo("Use a two-letter country code such as US or DE.");
    browser.findElement(By.id("search:country")).clear();
    browser.findElement(By.id("search:apply")).click();
    awaitAjax();
    assertThat(creatorLinks()).containsExactlyInAnyOrder(p + " Ben Glow", p + " Dr Ada Derm");
    // Sorting by a column header, by mouse and then by keyboard; the export follows the sort.
    browser.findElement(By.id("search:creators:audienceColumn")).click();
    awaitAjax();
    waitFor(
        "the smaller audience first",
        d -> creatorLinksInOrder().equals(List.of(p + " Dr Ada Derm", p + " Ben Glow")));
    browser.findElement(By.id("search:creators:audienceColumn")).sendKeys(Keys.ENTER);
    awaitAjax();
    waitFor(
        "the larger audience first",
        d -> creatorLinksInOrder().equals(List.of(p + " Ben Glow", p + " Dr Ada Derm")));
    assertThat(browser.findElement(By.id("search:export")).getAttribute("href"))
        .contains("sort=AUDIENCE&dir=desc");
    check("search:kind", "KOL");
    check("search:tier", "MACRO");
    browser.findElement(By.id("search:apply")).click();
    awaitAjax();
    waitFor("the KOL filter", d -> creatorLinks().equals(List.of(p + " Dr Ada Derm")));
    WebElement kolRow =
        browser
            .findElement(By.cssSelector("a.creator-link[data-creator-id='" + kolId + "']"))
            .findElement(By.xpath("./ancestor::tr"));
    assertThat(kolRow.getText()).contains("KOL", "MACRO", "120,000", "dermatology", "verified");
    screenshot("roster-search");
    assertFitsATablet("roster-search");

    // The export link carries the filters: the CSV holds the KOL's account, not the influencer's.
    HttpResponse<String> export =
        download(browser.findElement(By.id("search:export")).getAttribute("href"));
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(export.body()).startsWith("name,email,country,kind");
    assertThat(export.body()).contains(p + "_ada", register).doesNotContain(p + "_ben");

    // ---- the profile: tier with its reason, the credential and its verification, history
    browser.findElement(By.cssSelector("a.creator-link[data-creator-id='" + kolId + "']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tierReason")));
    assertThat(text("#creatorName")).startsWith(p + " Dr Ada Derm");
    assertThat(text("#tier")).isEqualTo("MACRO");
    assertThat(text("#tierReason")).isEqualTo("Why: " + tierReason);
    assertThat(text("#kolCredentials")).isEqualTo(credentials);
    assertThat(text("#kolVerification"))
        .contains("verified by " + Deployments.OPS + " on " + today.minusDays(10))
        .contains("against " + register);
    assertThat(browser.findElement(By.id("accounts")).getText())
        .contains("@" + p + "_ada", "120,000", "3.2%", "stale");
    assertThat(browser.findElements(By.cssSelector("#signals [data-signal='STALE_FIGURES']")))
        .as("the vetting signal for the old figures")
        .hasSize(1);
    assertThat(browser.findElement(By.id("relationships")).getText())
        .contains(p + " Spring serum", "Delivered on time", "1500.00 USD", "5 / 5");
    screenshot("creator-profile");

    // ---- CSV import: one good row, one bad; progress to done, counts, the bad rows to download
    Path csv = Files.createTempFile("roster-import-", ".csv");
    Files.writeString(
        csv,
        "name,email,country,kind,niches,platform,handle,followers,avg_likes,avg_comments,"
            + "figures_updated_on,kol_field\n"
            + p
            + " Cara Import,,US,INFLUENCER,skincare,INSTAGRAM,"
            + p
            + "_cara,5000,150,10,"
            + today
            + ",\n"
            + p
            + " Dan Bad,,US,INFLUENCER,skincare,TIKTOK,"
            + p
            + "_dan,lots,1,1,,\n");
    try {
      browser.findElement(By.id("navRosterImport")).click();
      waitFor(
          "the import page's file input",
          d -> !d.findElements(By.id("importForm:upload_input")).isEmpty());
      assertThat(text("#importStatus")).startsWith("No import yet");
      browser.findElement(By.id("importForm:upload_input")).sendKeys(csv.toString());
      waitFor(
          "the import done",
          d ->
              "DONE".equals(d.findElement(By.id("importStatus")).getAttribute("data-status"))
                  && !d.findElements(By.id("importForm:errorsCsv")).isEmpty());
    } finally {
      Files.deleteIfExists(csv);
    }
    WebElement bar = browser.findElement(By.id("importForm:progress"));
    assertThat(bar.getAttribute("aria-valuenow")).isEqualTo("100");
    assertThat(bar.getText()).contains("100%");
    assertThat(text("#importStatus")).startsWith("Done").contains("2 of 2 rows processed");
    assertThat(text("[data-count='created']")).isEqualTo("1");
    assertThat(text("[data-count='failed']")).isEqualTo("1");
    assertThat(browser.findElement(By.id("importForm:errors")).getText())
        .contains("3", "followers");
    HttpResponse<String> badRows =
        download(browser.findElement(By.id("importForm:errorsCsv")).getAttribute("href"));
    assertThat(badRows.statusCode()).isEqualTo(200);
    assertThat(badRows.body()).startsWith("row,column,message").contains("3,followers,");
    assertThat(
            object(api.get("api/creators?q=" + p + "_cara", OPS))
                .getJsonNumber("total")
                .longValue())
        .as("the good row was imported")
        .isEqualTo(1);
    screenshot("roster-import");
    logout();

    // ---- an administrator reads the roster but may not import (as the import API says)
    login(Deployments.ADMIN);
    assertThat(browser.findElements(By.id("navRoster"))).isNotEmpty();
    assertThat(browser.findElements(By.id("navRosterImport"))).isEmpty();
    open("roster/import.xhtml");
    assertThat(text("h1")).isEqualTo("This page is not for your role");
  }

  @Test
  void operationsCreateShortlistAndLaunchACampaignAndAManagerReadsItsReport() throws Exception {
    // Two creators in a niche of their own, so the recommendations hold exactly them.
    String p = "uc" + Long.toString(System.nanoTime(), 36);
    String niche = "serums-" + p;
    long cleo = api.createCreator(creator(p + " Cleo Form", p + "_cleo", 900_000, niche));
    long dan = api.createCreator(creator(p + " Dan Form", p + "_dan", 400_000, niche));
    // A third on the shortlist who is never contacted: no two funnel steps hold the same count.
    long eve = api.createCreator(creator(p + " Eve Form", p + "_eve", 150_000, niche));

    // ---- operations: a bad form first, then the campaign
    login(Deployments.OPS);
    assertThat(browser.findElements(By.id("navReports"))).as("reports are for managers").isEmpty();
    browser.findElement(By.id("navCampaigns")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("newCampaign"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("campaignForm:save")));
    type("campaignForm:budget", "-5");
    setValue("campaignForm:startDate", today.plusDays(10).toString());
    setValue("campaignForm:endDate", today.toString());
    browser.findElement(By.id("campaignForm:save")).click();
    waitFor(
        "the field messages", d -> !d.findElements(By.id("campaignForm:nameMessage")).isEmpty());
    assertThat(text("[id='campaignForm:nameMessage']")).isEqualTo("Give the campaign a name.");
    assertThat(text("[id='campaignForm:brandMessage']")).isEqualTo("Name the brand.");
    assertThat(text("[id='campaignForm:goalMessage']"))
        .isEqualTo("Choose a goal: AWARENESS, CREDIBILITY or CONVERSION.");
    assertThat(text("[id='campaignForm:budgetMessage']"))
        .isEqualTo("The budget cannot be negative.");
    assertThat(text("[id='campaignForm:endDateMessage']"))
        .isEqualTo("The end date must not be before the start date.");
    assertThat(text("[id='campaignForm:defaultFeeMessage']"))
        .as("FLAT_FEE is the default model and needs a fee")
        .isEqualTo("A paid model needs a fee; PRODUCT_ONLY takes none.");
    assertThat(browser.findElement(By.id("campaignForm:budget")).getAttribute("value"))
        .as("what the user typed stays in the form")
        .isEqualTo("-5");
    screenshot("campaign-form");
    assertFitsATablet("campaign-form");

    String name = p + " Serum form";
    type("campaignForm:name", name);
    type("campaignForm:brand", "Glow Labs");
    type("campaignForm:product", "Night Serum");
    choose("campaignForm:goal", "AWARENESS");
    type("campaignForm:niche", niche);
    // Over the 50,000 limit: a manager must approve shortlist and budget.
    type("campaignForm:budget", "60000.00");
    setValue("campaignForm:startDate", today.minusDays(1).toString());
    setValue("campaignForm:endDate", today.plusDays(30).toString());
    type("campaignForm:keyMessages", "Skin that rests overnight.");
    type("campaignForm:donts", "cures acne");
    type("campaignForm:requiredHashtags", "#NightSerum");
    type("campaignForm:requiredMentions", "@glowlabs");
    choose("campaignForm:platform", "INSTAGRAM");
    choose("campaignForm:format", "REEL");
    type("campaignForm:deliverableCount", "2");
    choose("campaignForm:compensationModel", "FLAT_FEE");
    type("campaignForm:defaultFee", "1500.00");
    type("campaignForm:usageRightsChannels", "paid social");
    type("campaignForm:usageRightsMonths", "6");
    type("campaignForm:ownerManager", Deployments.MANAGER);
    browser.findElement(By.id("campaignForm:save")).click();
    waitFor("the created campaign", d -> !d.findElements(By.id("campaignState")).isEmpty());
    assertThat(browser.findElement(By.id("messages")).getText()).contains("created");
    assertThat(stateOf()).isEqualTo("SHORTLISTING");
    long campaign = Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    JsonObject saved = object(api.get("api/campaigns/" + campaign, OPS));
    assertThat(saved.getString("name")).isEqualTo(name);
    assertThat(saved.getString("format")).isEqualTo("REEL");
    assertThat(saved.getInt("deliverableCount")).isEqualTo(2);
    assertThat(saved.getInt("usageRightsMonths")).isEqualTo(6);
    assertThat(saved.getString("ownerManager")).isEqualTo(Deployments.MANAGER);
    // Editing: the form holds the saved values; a change is saved with the version it read.
    assertThat(browser.findElement(By.id("campaignForm:format")).getAttribute("value"))
        .isEqualTo("REEL");
    type("campaignForm:product", "Night Serum 30 ml");
    browser.findElement(By.id("campaignForm:save")).click();
    waitFor("the saved change", d -> d.findElement(By.id("messages")).getText().contains("Saved."));
    assertThat(object(api.get("api/campaigns/" + campaign, OPS)).getString("product"))
        .isEqualTo("Night Serum 30 ml");

    // ---- the shortlist from the recommendations, with their reasons
    WebElement recommendations = browser.findElement(By.id("shortlistForm:recommendations"));
    assertThat(recommendations.getText()).contains(p + " Cleo Form", p + " Dan Form");
    assertThat(browser.findElements(By.cssSelector("tr.suggestion"))).hasSize(3);
    for (long creator : List.of(cleo, dan, eve)) {
      browser.findElement(By.cssSelector("input[data-creator='" + creator + "']")).click();
      waitFor(
          "creator " + creator + " on the shortlist",
          d -> d.findElements(By.cssSelector("input[data-creator='" + creator + "']")).isEmpty());
    }
    assertThat(browser.findElement(By.id("shortlistForm:shortlist")).getText())
        .contains(p + " Cleo Form", p + " Dan Form", p + " Eve Form");
    assertThat(array(api.get("api/campaigns/" + campaign + "/engagements", OPS))).hasSize(3);
    scrollTo("#shortlistHeading");
    screenshot("campaign-shortlist");

    browser.findElement(By.id("shortlistForm:submitShortlist")).click();
    waitFor("the approval state", d -> "AWAITING_APPROVAL".equals(stateOf()));
    assertThat(text("#campaignState")).contains("Waiting for a manager to approve");
    assertThat(browser.findElements(By.id("shortlistForm:launch")))
        .as("no launch before the approval")
        .isEmpty();
    logout();

    // ---- the manager approves shortlist and budget from Approvals
    String approval = api.campaignTask(campaign, "approveShortlist", MANAGER);
    login(Deployments.MANAGER);
    browser.findElement(By.id("navApprovals")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("list:campaign")));
    filterByCampaign(name);
    rowOf(approval).findElement(By.cssSelector("a.task-link")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("taskForm:complete")));
    new org.openqa.selenium.support.ui.Select(
            browser.findElement(By.cssSelector("[data-field='approved'] select")))
        .selectByValue("true");
    browser.findElement(By.id("taskForm:complete")).click();
    wait.until(ExpectedConditions.urlContains("tasks.xhtml"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Done");
    logout();

    // ---- operations launch the approved campaign
    login(Deployments.OPS);
    open("campaign-edit.xhtml?id=" + campaign);
    assertThat(stateOf()).isEqualTo("APPROVED");
    browser.findElement(By.id("shortlistForm:launch")).click();
    waitFor("the launch", d -> "RUNNING".equals(stateOf()));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Campaign launched");
    // Each engagement starts in its own job: reload until both have started.
    api.until(
        "the three engagements started",
        () -> {
          open("campaign-edit.xhtml?id=" + campaign);
          List<String> started =
              browser.findElements(By.cssSelector("[data-started]")).stream()
                  .map(e -> e.getAttribute("data-started"))
                  .toList();
          return started.size() == 3 && started.stream().allMatch("true"::equals);
        });
    // The engagements' first tasks are in operations' task list.
    api.until(
        "the three contact tasks",
        () ->
            object(api.get("api/tasks?campaignId=" + campaign + "&type=contactCreator", OPS))
                    .getJsonArray("tasks")
                    .size()
                == 3);
    open("tasks.xhtml?view=MY_GROUPS");
    filterByCampaign(name);
    assertThat(browser.findElement(By.id("list")).getText())
        .contains("Contact creator", p + " Cleo Form", p + " Dan Form", p + " Eve Form");
    List<Long> engagements =
        array(api.get("api/campaigns/" + campaign + "/engagements", OPS)).stream()
            .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
            .toList();
    // Known data for the report: one creator delivers a verified post, the other is contacted.
    long delivering = engagements.get(0);
    long deliverable = contractSignedAndSeeded(delivering);
    api.submitDraftWithImage(delivering, deliverable);
    api.complete(api.task(delivering, "reviewContent", OPS), OPS, "{\"decision\":\"APPROVE\"}");
    long deliveringCreator =
        array(api.get("api/campaigns/" + campaign + "/engagements", OPS)).stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getJsonNumber("id").longValue() == delivering)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("creatorId")
            .longValue();
    String handle = p + (deliveringCreator == cleo ? "_cleo" : "_dan");
    api.publishAndVerify(delivering, deliverable, handle);
    api.runTimer(delivering, "staysLivePeriodElapsed");
    api.complete(
        api.task(delivering, "confirmPostStillLive", OPS), OPS, Api.evidence(handle, true, -1));
    api.complete(api.task(delivering, "approvePayment", MANAGER), MANAGER, "{\"approved\":true}");
    api.until(
        "the payment was released",
        () -> !array(api.get("api/payments?campaignId=" + campaign, MANAGER)).isEmpty());
    api.complete(api.task(engagements.get(1), "contactCreator", OPS), OPS, "{}");
    logout();

    // ---- the manager reads the report from the campaign's page
    login(Deployments.MANAGER);
    open("manager/campaign.xhtml?id=" + campaign);
    browser.findElement(By.id("reportLink")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reportTitle")));
    for (String chart :
        List.of("funnelChart", "spendChart", "trustChart", "reachChart", "cycleChart")) {
      WebElement canvas = browser.findElement(By.cssSelector("[id='" + chart + "'] canvas"));
      waitFor(
          chart + " drawn",
          d ->
              Boolean.TRUE.equals(
                  ((JavascriptExecutor) d)
                      .executeScript(
                          "var c = arguments[0], b = document.createElement('canvas');"
                              + " b.width = c.width; b.height = c.height;"
                              + " return c.width > 0 && c.toDataURL() !== b.toDataURL();",
                          canvas)));
    }
    JsonObject report = object(api.get("api/reports/campaigns/" + campaign, MANAGER));
    JsonObject total = report.getJsonObject("total");
    JsonObject funnel = total.getJsonObject("funnel");
    assertThat(text("[data-figure='total.shortlisted']"))
        .isEqualTo(funnel.getJsonNumber("shortlisted").toString())
        .isEqualTo("3");
    assertThat(text("[data-figure='total.contacted']"))
        .isEqualTo(funnel.getJsonNumber("contacted").toString())
        .isEqualTo("2");
    assertThat(text("[data-figure='total.verified']"))
        .isEqualTo(funnel.getJsonNumber("verified").toString())
        .isEqualTo("1");
    assertThat(text("[data-figure='total.accepted']"))
        .isEqualTo(funnel.getJsonNumber("accepted").toString())
        .isEqualTo("1");
    assertThat(text("[data-figure='KOL.shortlisted']")).as("no KOL on this campaign").isEmpty();
    assertThat(text("[data-figure='INFLUENCER.shortlisted']")).isEqualTo("3");
    assertThat(new java.math.BigDecimal(text("[data-figure='money.budget']")))
        .isEqualByComparingTo(
            total.getJsonObject("money").getJsonNumber("budget").bigDecimalValue())
        .isEqualByComparingTo("60000");
    assertThat(new java.math.BigDecimal(text("[data-figure='money.paid']")))
        .isEqualByComparingTo(total.getJsonObject("money").getJsonNumber("paid").bigDecimalValue())
        .isEqualByComparingTo("12000");
    assertThat(new java.math.BigDecimal(text("[data-figure='money.committed']")))
        .isEqualByComparingTo(
            total.getJsonObject("money").getJsonNumber("committed").bigDecimalValue())
        .isEqualByComparingTo("12000");
    JsonObject influencers =
        report.getJsonArray("byKind").stream()
            .map(JsonValue::asJsonObject)
            .filter(g -> g.getString("value").equals("INFLUENCER"))
            .findFirst()
            .orElseThrow();
    assertThat(text("[data-figure='INFLUENCER.reach']"))
        .isEqualTo(influencers.getJsonObject("audience").getJsonNumber("reach").toString())
        .isNotEqualTo("0");
    int stages = report.getJsonArray("cycleTimes").size();
    assertThat(stages).as("finished stages have cycle times").isPositive();
    assertThat(browser.findElements(By.cssSelector("#cycleTimes tbody tr"))).hasSize(stages);
    String csv = browser.findElement(By.id("csvFigures")).getAttribute("href");
    assertThat(csv).endsWith("/api/reports/campaigns/" + campaign + ".csv");
    HttpResponse<String> download = api.get("api/reports/campaigns/" + campaign + ".csv", MANAGER);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).startsWith("dimension,value,currency,shortlisted");
    screenshot("report");
    assertFitsATablet("report");

    // The menu's Reports page without a campaign offers the campaigns to pick.
    browser.findElement(By.id("navReports")).click();
    waitFor("the report choices", d -> !d.findElements(By.id("reportChoices")).isEmpty());
    assertThat(text("#reportChoices")).contains(name);
  }

  @Test
  void operationsDraftAContractWithTheModelPickerAndSeeTheLiveTotal() throws Exception {
    // ---- an engagement whose creator accepted: its Draft contract task is open (REST)
    String p = "uc" + Long.toString(System.nanoTime(), 36);
    long creator = api.createCreator(influencer(p + " Cleo Contract", p + "_cleo", 250_000));
    String name = p + " Serum contract";
    long campaign = createCampaign(name, "FLAT_FEE", "12000.00", "60000.00");
    long engagement = api.shortlistAndLaunch(campaign, List.of(creator)).get(0);
    api.complete(api.task(engagement, "contactCreator", OPS), OPS, "{}");
    HttpResponse<String> accepted =
        api.send(
            "POST",
            "api/engagements/" + engagement + "/response",
            OPS,
            "{\"response\":\"ACCEPTED\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    // A first draft on the campaign's defaults is over the approval limit: a manager sends it
    // back, saying why.
    api.complete(api.task(engagement, "draftContract", OPS), OPS, flatFeeForOnePost());
    api.complete(
        api.task(engagement, "approveContract", MANAGER),
        MANAGER,
        "{\"approved\":false,\"comment\":\"12,000 is over budget for one post.\"}");
    String draftTask = api.task(engagement, "draftContract", OPS);

    // ---- operations open the sent-back contract from the task list
    login(Deployments.OPS);
    openFromTheTaskList(name, draftTask, "Draft contract");
    assertThat(text("#revisionNotice")).startsWith("A manager sent this contract back");
    assertThat(text("#sendBackReason"))
        .as("who sent it back and why")
        .startsWith("Sent back by " + Deployments.MANAGER + " on ")
        .endsWith(": 12,000 is over budget for one post.");
    assertThat(browser.findElements(By.cssSelector("textarea")))
        .as("no JSON text field for the terms any more")
        .isEmpty();
    // The terms sent back (the campaign's defaults): flat fee of 12,000 USD for one Instagram post.
    assertThat(
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("taskForm:model")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("FLAT_FEE");
    assertThat(text("#contractTotal")).isEqualTo("12,000.00 USD");
    assertThat(browser.findElement(By.id("taskForm:flatFee")).getAttribute("value"))
        .isEqualTo("12000.00");
    assertThat(text("label[for='taskForm:flatFee']")).isEqualTo("Flat fee (USD)");
    assertThat(browser.findElements(By.id("taskForm:ratePerDeliverable"))).isEmpty();
    type("taskForm:flatFee", "9000");
    waitFor("the flat fee's total", d -> "9,000.00 USD".equals(shownText("#contractTotal")));

    // Another model shows only its own amounts; the total follows what is typed.
    choose("taskForm:model", "PER_DELIVERABLE");
    waitFor(
        "the per-deliverable rate",
        d -> !d.findElements(By.id("taskForm:ratePerDeliverable")).isEmpty());
    assertThat(browser.findElements(By.id("taskForm:flatFee")))
        .as("the flat fee belongs to another model")
        .isEmpty();
    assertThat(browser.findElements(By.id("taskForm:bonusCap"))).isEmpty();
    assertThat(
            browser
                .findElement(By.cssSelector("label[for='taskForm:ratePerDeliverable']"))
                .getText())
        .startsWith("Rate per deliverable");
    type("taskForm:ratePerDeliverable", "1500");
    waitFor(
        "the total for one deliverable", d -> "1,500.00 USD".equals(shownText("#contractTotal")));
    type("taskForm:lines:0:count", "3");
    waitFor(
        "the total for three deliverables",
        d -> "4,500.00 USD".equals(shownText("#contractTotal")));
    type("taskForm:ratePerDeliverable", "1250.5");
    waitFor(
        "the total after changing the rate",
        d -> "3,751.50 USD".equals(shownText("#contractTotal")));

    // A second line by keyboard (Enter on the button) adds one deliverable; removing it takes it
    // back out of the total.
    browser.findElement(By.id("taskForm:addLine")).sendKeys(Keys.ENTER);
    waitFor(
        "a second line counted in the total",
        d ->
            !d.findElements(By.id("taskForm:lines:1:count")).isEmpty()
                && "5,002.00 USD".equals(shownText("#contractTotal")));
    assertThat(text("label[for='taskForm:lines:1:platform']")).isEqualTo("Platform (line 2)");
    browser.findElement(By.id("taskForm:lines:1:removeLine")).click();
    waitFor(
        "the second line removed",
        d ->
            d.findElements(By.id("taskForm:lines:1:count")).isEmpty()
                && "3,751.50 USD".equals(shownText("#contractTotal")));
    assertThat(browser.findElement(By.id("taskForm:lines:0:count")).getAttribute("value"))
        .isEqualTo("3");

    // A bad form: the due date (filled in from the terms sent back) cleared, answered beside it
    // with the API's own message.
    assertThat(browser.findElement(By.id("taskForm:lines:0:dueDate")).getAttribute("value"))
        .isEqualTo(today.plusDays(20).toString());
    setValue("taskForm:lines:0:dueDate", "");
    browser.findElement(By.id("taskForm:complete")).click();
    waitFor(
        "the due date's message",
        d -> !shownText("[id='taskForm:lines:0:dueDateMessage']").isEmpty());
    assertThat(text("[id='taskForm:lines:0:dueDateMessage']")).isEqualTo("Give the due date.");
    assertThat(browser.findElement(By.id("taskForm:ratePerDeliverable")).getAttribute("value"))
        .as("what was typed stays")
        .isEqualTo("1250.5");
    assertThat(text("#contractTotal")).isEqualTo("3,751.50 USD");

    // Contracting's own rule: the due date must fall within the campaign.
    setValue("taskForm:lines:0:dueDate", today.plusDays(60).toString());
    browser.findElement(By.id("taskForm:complete")).click();
    waitFor(
        "contracting's due-date message",
        d -> shownText("[id='taskForm:lines:0:dueDateMessage']").startsWith("Must be within"));
    assertThat(text("[id='taskForm:lines:0:dueDateMessage']"))
        .isEqualTo(
            "Must be within the campaign, "
                + today.minusDays(1)
                + " to "
                + today.plusDays(30)
                + ".");
    scrollTo("#taskForm\\:contractTerms");
    screenshot("contract-form");
    assertFitsATablet("contract-form");

    // Fixed, the contract is drafted with the terms typed.
    setValue("taskForm:lines:0:dueDate", today.plusDays(20).toString());
    browser.findElement(By.id("taskForm:complete")).click();
    wait.until(ExpectedConditions.urlContains("tasks.xhtml"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Done: Draft contract");
    JsonObject contract = object(api.get("api/engagements/" + engagement + "/contract", OPS));
    JsonObject terms = contract.getJsonObject("terms");
    JsonObject compensation = terms.getJsonObject("compensation");
    assertThat(compensation.getString("model")).isEqualTo("PER_DELIVERABLE");
    assertThat(compensation.getJsonNumber("ratePerDeliverable").bigDecimalValue())
        .isEqualByComparingTo("1250.50");
    assertThat(compensation.get("flatFee")).isIn(null, JsonValue.NULL);
    assertThat(terms.getString("currency")).isEqualTo("USD");
    JsonObject line = terms.getJsonArray("deliverables").getJsonObject(0);
    assertThat(line.getString("platform")).isEqualTo("INSTAGRAM");
    assertThat(line.getInt("count")).isEqualTo(3);
    assertThat(line.getString("dueDate")).isEqualTo(today.plusDays(20).toString());
    assertThat(contract.getJsonArray("deliverables")).hasSize(3);
    assertThat(contract.getJsonNumber("maximumPayable").bigDecimalValue())
        .as("the total the page showed is what contracting commits")
        .isEqualByComparingTo("3751.50");
    assertThat(terms.getBoolean("includesProduct")).as("the campaign has a product").isTrue();

    // ---- on to the first deliverable's Verify delivery (REST), then the evidence in the browser
    approveSignShipAndDeliver(engagement);
    long deliverable =
        object(api.get("api/engagements/" + engagement + "/contract", OPS))
            .getJsonArray("deliverables")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    api.submitDraftWithImage(engagement, deliverable);
    api.complete(api.task(engagement, "reviewContent", OPS), OPS, "{\"decision\":\"APPROVE\"}");
    String url = "https://www.instagram.com/p/" + p + deliverable;
    api.postLive(engagement, deliverable, url);
    String verifyTask = api.task(engagement, "verifyDelivery", OPS);

    openFromTheTaskList(name, verifyTask, "Verify delivery");
    assertThat(browser.findElement(By.cssSelector("#liveUrl a")).getAttribute("href"))
        .as("the live post one click away")
        .isEqualTo(url);
    assertThat(text("#requiredInCaption")).contains("#GlowSerum", "@glowlabs", "US_FTC");
    for (String metric : List.of("views", "likes", "comments", "shares", "clicks", "impressions")) {
      assertThat(browser.findElements(By.cssSelector("label[for='taskForm:" + metric + "']")))
          .as("a label for " + metric)
          .hasSize(1);
    }

    // A bad form: whether the post is live not said, a negative figure.
    type("taskForm:views", "-5");
    browser.findElement(By.id("taskForm:complete")).click();
    waitFor("the live field's message", d -> !shownText("[id='taskForm:liveMessage']").isEmpty());
    assertThat(text("[id='taskForm:liveMessage']"))
        .isEqualTo("Say whether the post could be seen (true) or is gone (false).");
    assertThat(text("[id='taskForm:viewsMessage']")).isEqualTo("Cannot be negative.");
    scrollTo("#postHeading");
    screenshot("evidence-form");

    chooseRadio("taskForm:live", "true");
    type("taskForm:observedAccount", p + "_cleo");
    setValue(
        "taskForm:publishedAt",
        OffsetDateTime.now(ZoneOffset.UTC)
            .minusHours(1)
            .toLocalDateTime()
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
            .toString());
    type("taskForm:caption", Api.caption(deliverable));
    type("taskForm:evidenceReference", "screenshot-" + deliverable + ".png");
    type("taskForm:views", "12000");
    type("taskForm:likes", "1500");
    type("taskForm:comments", "60");
    type("taskForm:shares", "25");
    type("taskForm:impressions", "15000");
    browser.findElement(By.id("taskForm:complete")).click();
    wait.until(ExpectedConditions.urlContains("tasks.xhtml"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Done: Verify delivery");
    // Verified: the process waits out the stays-live period (not a dispute); after the
    // re-check, contracting counts the engagements of the verification typed here.
    String instance = api.processInstance(engagement);
    String step =
        api.until(
            "the deliverable verified",
            () -> {
              if (!array(
                      api.get(
                          "engine-rest/execution?processInstanceId="
                              + instance
                              + "&activityId=resolveDispute",
                          ADMIN))
                  .isEmpty()) {
                return "dispute";
              }
              if (!array(
                      api.get(
                          "engine-rest/job?processInstanceId="
                              + instance
                              + "&activityId=staysLivePeriodElapsed",
                          ADMIN))
                  .isEmpty()) {
                return "staysLive";
              }
              return "VERIFIED".equals(firstDeliverable(engagement).getString("status"))
                  ? "verified"
                  : null;
            });
    assertThat(step).as("the evidence typed passes verification").isNotEqualTo("dispute");
    if (step.equals("staysLive")) {
      api.runTimer(engagement, "staysLivePeriodElapsed");
      api.complete(
          api.task(engagement, "confirmPostStillLive", OPS),
          OPS,
          Api.evidence(p + "_cleo", true, -1));
    }
    JsonObject verified =
        api.until(
            "contracting counts the deliverable verified",
            () -> {
              JsonObject first = firstDeliverable(engagement);
              return "VERIFIED".equals(first.getString("status")) ? first : null;
            });
    assertThat(verified.getJsonNumber("verifiedEngagements").longValue())
        .as("likes + comments + shares as typed in the page")
        .isEqualTo(1500 + 60 + 25);

    // ---- the second deliverable fails verification (the post is gone): resolve the dispute
    long second = deliverable(engagement, 1);
    publishedThenGone(engagement, second, p);
    String disputeTask = api.task(engagement, "resolveDispute", OPS);

    openFromTheTaskList(name, disputeTask, "Resolve dispute");
    assertThat(browser.findElements(By.cssSelector("#disputeReasons li")))
        .as("why the verification failed")
        .isNotEmpty();
    assertThat(text("#observed")).startsWith("Not live");
    assertThat(browser.findElements(By.cssSelector("#failedChecks li.check.fail")))
        .as("the failed checks")
        .isNotEmpty();
    browser.findElement(By.id("taskForm:complete")).click();
    waitFor(
        "the resolution's message", d -> !shownText("[id='taskForm:resolutionMessage']").isEmpty());
    assertThat(text("[id='taskForm:resolutionMessage']")).isEqualTo("Choose FIXED or UNDELIVERED.");
    resolveDisputeInThePage("UNDELIVERED", "Deleted after two days; not paid.");
    JsonObject undelivered =
        api.until(
            "contracting records the second deliverable undelivered",
            () -> {
              JsonObject d =
                  object(api.get("api/engagements/" + engagement + "/contract", OPS))
                      .getJsonArray("deliverables")
                      .getJsonObject(1);
              return "UNDELIVERED".equals(d.getString("status")) ? d : null;
            });
    assertThat(undelivered.getJsonNumber("id").longValue()).isEqualTo(second);

    // ---- the third post is not found at first; the creator puts it back (FIXED): verified again
    long third = deliverable(engagement, 2);
    String firstCheck = publishedThenGone(engagement, third, p);
    String fixable = api.task(engagement, "resolveDispute", OPS);

    openFromTheTaskList(name, fixable, "Resolve dispute");
    resolveDisputeInThePage("FIXED", "Re-posted after an accidental archive.");
    // Fixed means verify again: a new Verify delivery task, and this time the post is there.
    String secondCheck =
        api.until(
            "a second Verify delivery of the third deliverable",
            () -> {
              String t = api.firstTask(engagement, "verifyDelivery", OPS);
              return t != null && !t.equals(firstCheck) ? t : null;
            });
    api.complete(secondCheck, OPS, Api.evidence(p + "_cleo", true, third));
    api.until(
        "the third deliverable verified, or waiting out its stays-live period",
        () ->
            "VERIFIED"
                    .equals(
                        object(api.get("api/engagements/" + engagement + "/contract", OPS))
                            .getJsonArray("deliverables")
                            .getJsonObject(2)
                            .getString("status"))
                // the only deliverable left open: its stays-live timer is the one scheduled
                || !array(
                        api.get(
                            "engine-rest/job?timers=true&processInstanceId="
                                + instance
                                + "&activityId=staysLivePeriodElapsed",
                            ADMIN))
                    .isEmpty());
  }

  /**
   * Opens a task from the groups' task list filtered by campaign, as staff do; checks its title.
   */
  private void openFromTheTaskList(String campaign, String taskId, String title) {
    open("tasks.xhtml?view=MY_GROUPS");
    filterByCampaign(campaign);
    rowOf(taskId).findElement(By.cssSelector("a.task-link")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("taskTitle")));
    assertThat(text("#taskTitle")).isEqualTo(title);
  }

  /** On an open Resolve dispute page: the resolution and a note, completed; back at the list. */
  private void resolveDisputeInThePage(String resolution, String note) {
    chooseRadio("taskForm:resolution", resolution);
    browser.findElement(By.id("taskForm:note")).sendKeys(note);
    browser.findElement(By.id("taskForm:complete")).click();
    wait.until(ExpectedConditions.urlContains("tasks.xhtml"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Done: Resolve dispute");
  }

  /** Draft contract form data: one Instagram post for a flat 12,000 USD, with product. */
  private String flatFeeForOnePost() {
    return "{\"terms\":{\"deliverables\":[{\"platform\":\"INSTAGRAM\",\"format\":\"POST\",\"count\":1,"
        + "\"dueDate\":\""
        + today.plusDays(20)
        + "\"}],\"compensation\":{\"model\":\"FLAT_FEE\",\"flatFee\":12000.00,"
        + "\"proRata\":false},\"currency\":\"USD\","
        + "\"usageRights\":{\"channels\":[],\"durationDays\":0},\"includesProduct\":true}}";
  }

  /** The id of the contract's n-th deliverable (from 0). */
  private long deliverable(long engagement, int n) {
    return object(api.get("api/engagements/" + engagement + "/contract", OPS))
        .getJsonArray("deliverables")
        .getJsonObject(n)
        .getJsonNumber("id")
        .longValue();
  }

  /**
   * A deliverable drafted, approved and published (REST), then not found when staff verify it: the
   * engagement opens a dispute. Returns the failed Verify delivery task's id.
   */
  private String publishedThenGone(long engagement, long deliverable, String p) throws Exception {
    api.submitDraftWithImage(engagement, deliverable);
    api.complete(api.task(engagement, "reviewContent", OPS), OPS, "{\"decision\":\"APPROVE\"}");
    api.postLive(engagement, deliverable, "https://www.instagram.com/p/" + p + deliverable);
    String check = api.task(engagement, "verifyDelivery", OPS);
    api.complete(check, OPS, Api.evidence(p + "_cleo", false, -1));
    return check;
  }

  /**
   * R4: a creator's name and a draft's caption full of markup are shown as text on the pages that
   * show them (task list, review form, creator profile), and nothing in them runs: no element is
   * made of them and no script they carry sets its flag.
   */
  @Test
  void hostileNamesAndCaptionsAreShownAsTextAndNeverRun() throws Exception {
    String p = "ux" + Long.toString(System.nanoTime(), 36);
    String markup =
        "<img src=x class=xss onerror=window.chorusXss=1><script>window.chorusXss=2</script>";
    String name = p + " Mallory " + markup;
    long creator = api.createCreator(influencer(name, p + "_mallory", 50_000));
    String campaignName = p + " Markup";
    long campaign = createCampaign(campaignName, "FLAT_FEE", "12000.00", "60000.00");
    long engagement = api.shortlistAndLaunch(campaign, List.of(creator)).get(0);
    long deliverable = contractSignedAndSeeded(engagement);
    api.submitDraft(engagement, deliverable, "#ad " + markup + " @glowlabs #GlowSerum", "[]");
    String review = api.task(engagement, "reviewContent", OPS);

    login(Deployments.OPS);
    open("tasks.xhtml?view=MY_GROUPS");
    filterByCampaign(campaignName);
    assertThat(rowOf(review).getText()).as("the task list's creator column").contains(markup);
    assertNothingRan("the task list");

    openFromTheTaskList(campaignName, review, "Review content");
    assertThat(text("#creatorName")).contains(markup);
    assertThat(browser.findElement(By.cssSelector(".version.latest .caption")).getText())
        .contains(markup);
    assertNothingRan("the review form");

    open("roster/creator.xhtml?id=" + creator);
    waitFor("the creator's profile", d -> !d.findElements(By.id("creatorName")).isEmpty());
    assertThat(text("#creatorName")).contains(markup);
    assertNothingRan("the creator's profile");
  }

  /** No element was made of hostile markup, and no script it carried ran. */
  private void assertNothingRan(String page) {
    assertThat(browser.findElements(By.cssSelector("img.xss")))
        .as("an element made of markup on " + page)
        .isEmpty();
    assertThat(
            ((JavascriptExecutor) browser).executeScript("return window.chorusXss === undefined"))
        .as("a script of the markup ran on " + page)
        .isEqualTo(Boolean.TRUE);
  }

  private JsonObject firstDeliverable(long engagement) throws Exception {
    return object(api.get("api/engagements/" + engagement + "/contract", OPS))
        .getJsonArray("deliverables")
        .getJsonObject(0);
  }

  private String stateOf() {
    try {
      List<WebElement> state = browser.findElements(By.id("campaignState"));
      return state.isEmpty() ? null : state.get(0).getAttribute("data-status");
    } catch (StaleElementReferenceException e) {
      return null; // the page is being replaced: look again
    }
  }

  private void type(String id, String value) {
    WebElement input = browser.findElement(By.id(id));
    input.clear();
    input.sendKeys(value);
  }

  /** Sets an input's value as the browser's own date picker would. */
  private void setValue(String id, String value) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            browser.findElement(By.id(id)),
            value);
  }

  private void choose(String id, String value) {
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByValue(value);
  }

  // ---- browser steps

  private void open(String path) {
    browser.get(Deployments.loopback(base).resolve(path).toString());
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  private void login(String user) {
    open("login.xhtml");
    browser.findElement(By.id("loginForm:username")).sendKeys(user);
    browser.findElement(By.id("loginForm:password")).sendKeys(Deployments.PASSWORD);
    browser.findElement(By.id("loginForm:submit")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("currentUser")));
    assertThat(browser.findElement(By.id("currentUser")).getText()).isEqualTo(user);
  }

  private void logout() {
    browser.findElement(By.id("logoutForm:logout")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("loginForm:username")));
  }

  private void filterByCampaign(String name) {
    browser.findElement(By.id("list:campaign")).click();
    By option = By.cssSelector("#list\\:campaign_items li[data-label='" + name + "']");
    wait.until(ExpectedConditions.elementToBeClickable(option)).click();
    // The options panel closes with an animation; Apply is clickable once it is gone. A click that
    // lands while the panel is still opening selects nothing: choose the option again then.
    wait.until(
        d -> {
          try {
            if (d.findElements(By.id("list:campaign_panel")).stream()
                .noneMatch(WebElement::isDisplayed)) {
              return true;
            }
            d.findElements(option).stream()
                .filter(o -> o.isDisplayed() && !"true".equals(o.getAttribute("aria-selected")))
                .findFirst()
                .ifPresent(WebElement::click);
          } catch (StaleElementReferenceException | ElementNotInteractableException e) {
            // Re-rendered, or still animating, under our hands: look again.
          }
          return false;
        });
    awaitAjax();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("list:apply"))).click();
    awaitAjax();
  }

  /** Waits until PrimeFaces has no request in flight and its updates are applied. */
  private void awaitAjax() {
    wait.until(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"
                            + " && (!window.jQuery || jQuery.active === 0)")));
  }

  /** The task list row of a task, or null when it is not listed. */
  private WebElement rowOf(String taskId) {
    List<WebElement> links =
        browser.findElements(By.cssSelector("a.task-link[data-task-id='" + taskId + "']"));
    return links.isEmpty() ? null : links.get(0).findElement(By.xpath("./ancestor::tr"));
  }

  private void chooseRadio(String id, String value) {
    WebElement input =
        browser.findElement(
            By.cssSelector("[id='" + id + "'] input[type=radio][value='" + value + "']"));
    // PrimeFaces hides the native input; its label selects it, as a keyboard user's space does.
    browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    wait.until(d -> input.isSelected());
  }

  /** Waits, and on timeout says what the page showed instead. */
  private void waitFor(String what, java.util.function.Function<WebDriver, Boolean> condition) {
    try {
      wait.until(condition::apply);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "Waited in vain for "
              + what
              + " at "
              + browser.getCurrentUrl()
              + "; the page shows: "
              + browser.findElement(By.tagName("body")).getText(),
          e);
    }
  }

  /** The names of the creators the roster search table lists. */
  private List<String> creatorLinks() {
    return browser.findElements(By.cssSelector("a.creator-link")).stream()
        .map(WebElement::getText)
        .sorted()
        .toList();
  }

  /** The names in the roster search table, in the table's order. */
  private List<String> creatorLinksInOrder() {
    return browser.findElements(By.cssSelector("a.creator-link")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Ticks a box of a checkbox group, as a user does. */
  private void check(String groupId, String value) {
    WebElement box =
        browser.findElement(
            By.cssSelector("[id='" + groupId + "'] input[type=checkbox][value='" + value + "']"));
    if (!box.isSelected()) {
      box.click();
    }
    wait.until(d -> box.isSelected());
  }

  /** A download the page links to, fetched with the browser's session as the browser would. */
  private HttpResponse<String> download(String href) throws Exception {
    org.openqa.selenium.Cookie session = browser.manage().getCookieNamed("JSESSIONID");
    assertThat(session).as("the browser's session cookie").isNotNull();
    return http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
            .header("Cookie", "JSESSIONID=" + session.getValue())
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void scrollTo(String css) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "document.querySelector(arguments[0]).scrollIntoView({block: 'start'});", css);
  }

  /** A diagram badge's number, drawn or scrolled out of the diagram's view. */
  private String badge(String css) {
    return browser.findElement(By.cssSelector(css)).getAttribute("textContent").trim();
  }

  /** An element's text, or "" while it is absent or being replaced by an ajax update. */
  private String shownText(String css) {
    try {
      List<WebElement> found = browser.findElements(By.cssSelector(css));
      return found.isEmpty() ? "" : found.get(0).getText().trim();
    } catch (StaleElementReferenceException e) {
      return "";
    }
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText().trim();
  }

  /**
   * At a tablet's width (768 × 1024) the page needs no sideways scrolling: tables reflow and forms
   * stack. The window goes back to its desktop size afterwards.
   */
  private void assertFitsATablet(String page) throws Exception {
    Dimension desktop = browser.manage().window().getSize();
    browser.manage().window().setSize(new Dimension(768, 1024));
    try {
      wait.until(
          d ->
              ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth"))
                      .intValue()
                  <= 768);
      Number overflow =
          (Number)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "return document.documentElement.scrollWidth"
                          + " - document.documentElement.clientWidth");
      assertThat(overflow.intValue())
          .as(page + " scrolls sideways at a tablet's width, by pixels")
          .isLessThanOrEqualTo(0);
      File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
      Path dir = Files.createDirectories(Path.of("target", "screenshots"));
      Files.copy(
          shot.toPath(),
          dir.resolve("tablet-" + page + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.manage().window().setSize(desktop);
    }
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of(System.getProperty("chorus.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  // ---- the campaign over REST

  private String startIncidentProbe(long campaign) throws Exception {
    HttpResponse<String> started =
        api.send(
            "POST",
            "engine-rest/process-definition/key/uiIncidentProbe/start",
            ADMIN,
            "{\"businessKey\":\"C-"
                + campaign
                + "-E-0\",\"variables\":{\"providerDown\":{\"value\":true,\"type\":\"Boolean\"}}}");
    String instance = object(started).getString("id");
    api.until(
        "the probe payout failed into an incident",
        () -> array(api.get("api/incidents?campaignId=" + campaign, MANAGER)).size() == 1);
    return instance;
  }

  private long contractSignedAndSeeded(long engagement) throws Exception {
    api.complete(api.task(engagement, "contactCreator", OPS), OPS, "{}");
    HttpResponse<String> accepted =
        api.send(
            "POST",
            "api/engagements/" + engagement + "/response",
            OPS,
            "{\"response\":\"ACCEPTED\"}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    api.complete(api.task(engagement, "draftContract", OPS), OPS, flatFeeForOnePost());
    approveSignShipAndDeliver(engagement);
    JsonObject contract = object(api.get("api/engagements/" + engagement + "/contract", OPS));
    return contract.getJsonArray("deliverables").getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** A drafted contract through approval (when asked), signature, shipment and delivery (REST). */
  private void approveSignShipAndDeliver(long engagement) throws Exception {
    String next =
        api.until(
            "the contract went to approval or signature",
            () ->
                api.firstTask(engagement, "approveContract", MANAGER) != null
                    ? "approveContract"
                    : api.firstTask(engagement, "recordSignature", OPS) != null
                        ? "recordSignature"
                        : null);
    if (next.equals("approveContract")) {
      api.complete(
          api.task(engagement, "approveContract", MANAGER), MANAGER, "{\"approved\":true}");
    }
    api.complete(
        api.task(engagement, "recordSignature", OPS),
        OPS,
        "{\"signedDocumentReference\":\"doc-" + engagement + "\"}");
    api.complete(
        api.task(engagement, "recordShipment", OPS),
        OPS,
        "{\"carrier\":\"DHL\",\"trackingNumber\":\"TRK" + engagement + "\"}");
    api.complete(api.task(engagement, "confirmDelivery", OPS), OPS, "{}");
  }

  private static String influencer(String name, String handle, long followers) {
    return creator(name, handle, followers, "skincare");
  }

  private static String creator(String name, String handle, long followers, String niche) {
    return "{\"name\":\""
        + name
        + "\",\"kind\":\"INFLUENCER\",\"niches\":[\""
        + niche
        + "\"],"
        + "\"accounts\":[{\"platform\":\"INSTAGRAM\",\"handle\":\""
        + handle
        + "\",\"followers\":"
        + followers
        + ",\"avgLikes\":"
        + followers / 30
        + ",\"avgComments\":"
        + followers / 500
        + "}]}";
  }

  private long createCampaign(String name, String model, String fee, String budget)
      throws Exception {
    String body =
        "{\"name\":\""
            + name
            + "\",\"brand\":\"Glow Labs\",\"product\":\"Glow Serum\","
            + "\"goal\":\"AWARENESS\",\"niche\":\"skincare\",\"budget\":"
            + budget
            + ",\"currency\":\"USD\",\"startDate\":\""
            + today.minusDays(1)
            + "\",\"endDate\":\""
            + today.plusDays(30)
            + "\",\"keyMessages\":\"A visible glow in two weeks.\","
            + "\"requiredHashtags\":\"#GlowSerum\",\"requiredMentions\":\"@glowlabs\","
            + "\"donts\":\"cures acne\",\"jurisdiction\":\"US_FTC\",\"platform\":\"INSTAGRAM\","
            + "\"format\":\"POST\",\"deliverableCount\":1,\"compensationModel\":\""
            + model
            + "\",\"defaultFee\":"
            + fee
            + ",\"ownerManager\":\""
            + Deployments.MANAGER
            + "\"}";
    HttpResponse<String> created = api.send("POST", "api/campaigns", OPS, body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return object(created).getJsonNumber("id").longValue();
  }

  // ---- HTTP and waiting

}
