package org.actiontracker.plan.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.actiontracker.infra.DevTokens;
import org.actiontracker.plan.service.imports.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.actiontracker.plan.imports.Imports.anonymous;
import static org.assertj.core.api.Assertions.assertThat;

/** deploy/import-seeds.sh, which deploy/run calls, against the running service. */
@QuarkusTest
class ImportSeedsScriptTest {

    @Test
    void scriptImportsEveryPlanOfAFolderOnceAndPrintsWhatEachImportFound(@TempDir Path folder) throws Exception {
        for (SeedPlan seed : List.of(SeedPlan.CLEVELAND, SeedPlan.LEICESTERSHIRE)) {
            Files.copy(SeedPlan.directory().resolve(seed.fileName), folder.resolve(seed.fileName));
        }
        Files.writeString(folder.resolve("README.md"), "Not a plan.");

        List<String> first = run(folder);
        List<String> second = run(folder);

        assertThat(first).containsExactly(
                SeedPlan.CLEVELAND.fileName + ": Cleveland Police, plan NEW: 14 recommendations, 14 actions, 14 updates"
                        + " (0 dated, 14 undated); added 14 actions and 14 updates, changed 0 actions; 0 rows unplaced,"
                        + " 1 warnings",
                SeedPlan.LEICESTERSHIRE.fileName + ": Leicestershire Police, plan NEW: 29 recommendations, 29 actions,"
                        + " 15 updates (0 dated, 15 undated); added 29 actions and 15 updates, changed 0 actions;"
                        + " 0 rows unplaced, 9 warnings",
                "import seeds: 2 imported, 0 failed, from " + folder);
        assertThat(second.get(0)).contains("plan UNCHANGED", "added 0 actions and 0 updates, changed 0 actions");
        JsonPath matrix = anonymous().get("/api/v1/sources/{id}/matrix", ImportService.STALKING_REPORT).then()
                .statusCode(200).extract().jsonPath();
        assertThat(matrix.getList("organisations.name")).contains("Cleveland Police", "Leicestershire Police");
    }

    private static List<String> run(Path folder) throws IOException, InterruptedException {
        // tests run in plan-service/
        Path script = Path.of("").toAbsolutePath().getParent().resolve("deploy/import-seeds.sh");
        String token = DevTokens.mint("seed-loader", "Seed loader", "admin@example.org", null, "admin");
        Process process = new ProcessBuilder("bash", script.toString(), "http://localhost:" + RestAssured.port, token,
                folder.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }
}
